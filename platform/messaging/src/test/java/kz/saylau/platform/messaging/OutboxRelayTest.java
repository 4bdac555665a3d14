package kz.saylau.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The outbox's producer is configured as the service's consumers are, with the outbox's guarantees on top. */
class OutboxRelayTest {

    @Test
    void everyKafkaSettingReachesTheProducer() {
        Properties props = OutboxRelay.producerSettings(Map.of("bootstrap.servers", "broker-1:9093,broker-2:9093",
                "security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/saylau/truststore.p12", "client.id", "ballot-outbox-1"), "/saylau/ballot-service");
        assertEquals("broker-1:9093,broker-2:9093", props.get("bootstrap.servers"));
        assertEquals("SASL_SSL", props.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", props.get("sasl.mechanism"));
        assertEquals("/etc/saylau/truststore.p12", props.get("ssl.truststore.location"));
        assertEquals("ballot-outbox-1", props.get("client.id"), "a client id that is set is kept");
    }

    @Test
    void theOutboxsGuaranteesCannotBeSetAway() {
        Properties props = OutboxRelay.producerSettings(Map.of("bootstrap.servers", "b:9092", "acks", "1",
                "enable.idempotence", "false"), "/saylau/candidate-service");
        assertEquals("all", props.get("acks"));
        assertEquals(true, props.get("enable.idempotence"));
        assertEquals("-saylau-candidate-service-outbox", props.get("client.id"), "the default client id names the service");
    }
}
