package kz.saylau.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Plain Kafka clients against the real broker, as another service would read and write. */
public final class KafkaTopics {

    private KafkaTopics() {
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** A consumer of the test topic, positioned at its end (so it sees only what comes next). */
    public static KafkaConsumer<String, String> tail(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        long end = System.currentTimeMillis() + 15_000;
        while (consumer.assignment().isEmpty() && System.currentTimeMillis() < end) {
            consumer.poll(Duration.ofMillis(200));
        }
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
        return consumer;
    }

    /** Polls until a record matches or the time is up; returns every record seen that matches. */
    public static List<ConsumerRecord<String, String>> await(KafkaConsumer<String, String> consumer,
            Predicate<ConsumerRecord<String, String>> match, Duration within) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long end = System.currentTimeMillis() + within.toMillis();
        while (found.isEmpty() && System.currentTimeMillis() < end) {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                if (match.test(r)) {
                    found.add(r);
                }
            });
        }
        return found;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Sends a CloudEvent in binary mode, as another service's outbox relay would. */
    public static void send(String topic, String id, String type, String subject, String json) throws Exception {
        send(topic, id, type, subject, json, Map.of());
    }

    /** As {@link #send(String, String, String, String, String)}, with more headers (a traceparent, say). */
    public static void send(String topic, String id, String type, String subject, String json, Map<String, String> more)
            throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap());
        props.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, json);
            Map.of("ce_specversion", "1.0", "ce_id", id, "ce_type", type, "ce_source", "/saylau/test",
                    "ce_subject", subject, "ce_time", java.time.Instant.now().toString(), "ce_rehearsal", "true")
                    .forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            more.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        }
    }
}
