package kz.saylau.candidate;

import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kz.saylau.platform.testing.TracingOn;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** With tracing switched on, a call's trace goes on into the event it causes (the traceparent Kafka header). */
@QuarkusTest
@TestProfile(TracingOn.class)
class TracingTest {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aCallsTraceIsCarriedIntoTheEventItCauses() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String parent = "00-" + traceId + "-" + "a1b2c3d4e5f60718" + "-01";
        String code = "TR" + UUID.randomUUID().toString().substring(0, 8);
        try (KafkaConsumer<String, String> territory = KafkaTopics.tail("test.saylau.territory")) {
            given().header("Authorization", Tokens.bearer(Tokens.cec())).header("traceparent", parent)
                    .contentType(ContentType.JSON).body(Map.of("code", code, "name", "Ақмола облысы", "level", "REGION"))
                    .post("/api/units").then().statusCode(201);
            List<ConsumerRecord<String, String>> events = KafkaTopics.await(territory, r -> code.equals(r.key()),
                    Duration.ofSeconds(20));
            assertFalse(events.isEmpty());
            String carried = KafkaTopics.header(events.get(0), "traceparent");
            assertTrue(carried != null && carried.startsWith("00-" + traceId + "-"), "the event's traceparent: " + carried);
            assertNotEquals(parent, carried, "a span of this service, not the caller's own");
        }
        // the service's span of the call is recorded in the caller's trace
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> spans.getFinishedSpanItems().stream()
                .anyMatch(s -> s.getTraceId().equals(traceId)));
        SpanData server = spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).findFirst().orElseThrow();
        assertEquals("a1b2c3d4e5f60718", server.getParentSpanId());
    }
}
