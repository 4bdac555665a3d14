package kz.saylau.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;


/**
 * Publishes the outbox to Kafka in order (acks=all, idempotent producer, CloudEvents binary headers) and marks
 * each event published only once the broker has it. While Kafka is down nothing is marked, and the events go out
 * when it is back. Several instances share the work through {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    EventSettings events;

    /** Every {@code kafka.*} setting (servers, TLS, SASL, client id, ...), as the service's consumers take them. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    private volatile KafkaProducer<String, String> producer;
    private volatile boolean failing;
    private volatile boolean running;
    private final java.util.concurrent.Semaphore wake = new java.util.concurrent.Semaphore(0);
    private Thread worker;

    /** One relay thread per instance: woken after every commit that wrote an event, and at least every interval. */
    void start(@Observes StartupEvent start) {
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /** Called after a transaction that wrote events has committed. */
    public void wake() {
        wake.release();
    }

    private void loop() {
        while (running) {
            relay();
            try {
                wake.tryAcquire(failing ? Math.max(1000, events.relayInterval().toMillis())
                        : events.relayInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void relay() {
        try {
            while (QuarkusTransaction.requiringNew().call(this::publishBatch) == BATCH) {
                // a full batch: there may be more waiting
            }
            if (failing) {
                LOG.info("outbox relay publishes again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!running) {
                return;
            }
            if (!failing) {
                LOG.warnf("outbox relay cannot publish (%s); events wait in the outbox and go out when Kafka is back", e.getMessage());
                failing = true;
            }
        }
    }

    private int publishBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = em.createNativeQuery(
                "select * from outbox_event where published_at is null order by id limit " + BATCH + " for update skip locked",
                OutboxEvent.class).getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        KafkaProducer<String, String> kafka = producer();
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            sent.add(kafka.send(record(event)));
        }
        kafka.flush();
        Instant now = Instant.now();
        for (int i = 0; i < batch.size(); i++) {
            try {
                sent.get(i).get(15, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not acknowledge event " + batch.get(i).eventId + ": " + e, e);
            }
            batch.get(i).publishedAt = now;
        }
        return batch.size();
    }

    private ProducerRecord<String, String> record(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.subject, event.data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", event.eventId.toString());
        header(record, "ce_type", event.type);
        header(record, "ce_source", events.source());
        header(record, "ce_subject", event.subject);
        header(record, "ce_time", event.occurredAt.toString());
        header(record, "ce_rehearsal", Boolean.toString(event.rehearsal));
        if (event.requestId != null) {
            header(record, "ce_requestid", event.requestId);
        }
        if (event.traceParent != null) {
            header(record, "traceparent", event.traceParent);
        }
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(producerSettings(kafka, events.source()), new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }

    /**
     * The producer's settings: the service's {@code kafka.*} settings as they are (so TLS, SASL and a client id set
     * for the consumers apply here too), with what the outbox's guarantees need on top of them (acks from every
     * in-sync replica, idempotence, bounded waits while Kafka is away).
     */
    static Properties producerSettings(Map<String, Object> kafka, String source) {
        Properties props = new Properties();
        kafka.forEach((key, value) -> {
            if (value != null) {
                props.put(key, value);
            }
        });
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, source.replace('/', '-') + "-outbox");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 12000);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return props;
    }

    void close(@Observes ShutdownEvent stop) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(5000);
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
