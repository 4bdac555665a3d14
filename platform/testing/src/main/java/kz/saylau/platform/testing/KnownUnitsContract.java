package kz.saylau.platform.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What every service that keeps known units (platform territory) must do with saylau.unit.created.v1 through the
 * real broker: stored once, names byte for byte, a bad event rejected alone without blocking its partition. Each
 * such service runs it as {@code @QuarkusTest class KnownUnitsTest extends KnownUnitsContract}.
 */
public abstract class KnownUnitsContract {

    @Inject
    EntityManager em;

    private static String unitJson(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"level\":\"RURAL\",\"parentCode\":\"D1\","
                + "\"districtCode\":\"D1\",\"regionCode\":\"R1\"}";
    }

    @Test
    public void unitFromCandidateServiceIsStored() throws Exception {
        String code = "U" + UUID.randomUUID().toString().substring(0, 8);
        KafkaTopics.send("test.saylau.territory", UUID.randomUUID().toString(), "saylau.unit.created.v1", code,
                unitJson(code, "Қатаркөл ауылдық округі"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get("/internal/units/" + code).then().statusCode(200)
                        .body("name", equalTo("Қатаркөл ауылдық округі"))
                        .body("districtCode", equalTo("D1")).body("regionCode", equalTo("R1")));
    }

    @Test
    public void aRepeatedEventIsAppliedOnceAndABadOneDoesNotBlockThePartition() throws Exception {
        String code = "U" + UUID.randomUUID().toString().substring(0, 8);
        String id = UUID.randomUUID().toString();
        // a bad event for the same key (same partition), before the good ones
        String bad = UUID.randomUUID().toString();
        KafkaTopics.send("test.saylau.territory", bad, "saylau.unit.created.v1", code, "{\"code\":\"" + code + "\"}");
        KafkaTopics.send("test.saylau.territory", id, "saylau.unit.created.v1", code, unitJson(code, "First"));
        // the same ce_id again with other data: a redelivery, so it must be skipped
        KafkaTopics.send("test.saylau.territory", id, "saylau.unit.created.v1", code, unitJson(code, "Redelivered"));
        String marker = "U" + UUID.randomUUID().toString().substring(0, 8);
        KafkaTopics.send("test.saylau.territory", UUID.randomUUID().toString(), "saylau.unit.created.v1", marker, unitJson(marker, "M"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get("/internal/units/" + marker).then().statusCode(200));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get("/internal/units/" + code).then().statusCode(200).body("name", equalTo("First")));
        // the bad one was taken out of its batch and recorded alone as rejected, with the reason
        Object[] inbox = (Object[]) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select outcome, reason from processed_event where event_id = ?1").setParameter(1, bad).getSingleResult());
        assertEquals("REJECTED", inbox[0]);
        assertTrue(String.valueOf(inbox[1]).contains("without name"), "the reason names what is missing: " + inbox[1]);
    }
}
