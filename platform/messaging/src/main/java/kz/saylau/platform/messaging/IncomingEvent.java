package kz.saylau.platform.messaging;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.databind.JsonNode;

/** A CloudEvent read from Kafka in binary mode (events.md "Envelope"). */
public record IncomingEvent(String id, String type, String source, String subject, boolean rehearsal, JsonNode data) {

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
