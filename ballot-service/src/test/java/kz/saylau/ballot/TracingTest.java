package kz.saylau.ballot;

import kz.saylau.ballot.platform.BallotFixture;

import kz.saylau.platform.testing.KafkaTopics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kz.saylau.platform.testing.TracingOn;

/** With tracing on, a trace that arrives with an event goes on into the events its handling publishes. */
@QuarkusTest
@TestProfile(TracingOn.class)
class TracingTest {

    @Test
    void aTraceGoesOnAcrossKafka() throws Exception {
        BallotFixture f = new BallotFixture();
        f.precinct(1000);
        f.callElection();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        try (KafkaConsumer<String, String> ballots = KafkaTopics.tail("test.saylau.ballots")) {
            f.closeRegistration(List.<String[]>of(new String[] { "Тоқаев", "Ерлан", null, "SELF", null },
                    new String[] { "Әбенова", "Гүлнар", null, "SELF", null }),
                    Map.of("traceparent", "00-" + traceId + "-0102030405060708-01"));
            List<ConsumerRecord<String, String>> published = KafkaTopics.await(ballots,
                    r -> f.election.toString().equals(r.key()), Duration.ofSeconds(30));
            assertFalse(published.isEmpty());
            String carried = KafkaTopics.header(published.get(0), "traceparent");
            assertTrue(carried != null && carried.startsWith("00-" + traceId + "-"),
                    "saylau.ballot.published.v1 goes on in the trace of registration-closed: " + carried);
        }
    }
}
