package kz.saylau.candidate.territory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.saylau.candidate.platform.KafkaTopics;
import kz.saylau.candidate.platform.Tokens;

@QuarkusTest
class UnitResourceTest {

    private static final String CEC = Tokens.bearer(Tokens.cec());

    private static String code(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> unit(String code, String name, String level, String parent) {
        var body = new java.util.HashMap<String, Object>();
        body.put("code", code);
        body.put("name", name);
        body.put("level", level);
        body.put("parentCode", parent);
        return body;
    }

    @Test
    void R_T1_cecBuildsTheTreeAndEveryUnitIsAnnouncedOnKafka() throws Exception {
        String region = code("R"), district = code("D"), rural = code("U");
        try (KafkaConsumer<String, String> territory = KafkaTopics.tail("test.saylau.territory")) {
            given().header("Authorization", CEC).contentType(ContentType.JSON)
                    .body(unit(region, "Ақмола облысы", "REGION", null))
                    .when().post("/api/units")
                    .then().statusCode(201).header("Location", startsWith("http")).body("code", equalTo(region))
                    .body("regionCode", equalTo(region)).body("districtCode", nullValue());
            given().header("Authorization", CEC).contentType(ContentType.JSON)
                    .body(List.of(unit(district, "Бурабай ауданы", "DISTRICT", region),
                            unit(rural, "Қатаркөл ауылдық округі", "RURAL", district)))
                    .when().post("/api/units")
                    .then().statusCode(201).body("$", hasSize(2));

            given().when().get("/api/units/" + rural)
                    .then().statusCode(200)
                    .body("name", equalTo("Қатаркөл ауылдық округі"))
                    .body("level", equalTo("RURAL"))
                    .body("parentCode", equalTo(district))
                    .body("districtCode", equalTo(district))
                    .body("regionCode", equalTo(region))
                    .body("electorate", equalTo(0));

            List<ConsumerRecord<String, String>> events = KafkaTopics.await(territory, r -> rural.equals(r.key()), Duration.ofSeconds(20));
            assertFalse(events.isEmpty(), "saylau.unit.created.v1 for the rural unit reached Kafka");
            ConsumerRecord<String, String> event = events.get(0);
            assertEquals("saylau.unit.created.v1", KafkaTopics.header(event, "ce_type"));
            assertEquals("1.0", KafkaTopics.header(event, "ce_specversion"));
            assertEquals("/saylau/candidate-service", KafkaTopics.header(event, "ce_source"));
            assertEquals(rural, KafkaTopics.header(event, "ce_subject"));
            assertEquals("true", KafkaTopics.header(event, "ce_rehearsal"));
            UUID.fromString(KafkaTopics.header(event, "ce_id"));
            JsonNode data = new ObjectMapper().readTree(event.value());
            assertEquals("Қатаркөл ауылдық округі", data.get("name").asText(), "the name arrives byte for byte");
            assertEquals(district, data.get("districtCode").asText());
            assertEquals(region, data.get("regionCode").asText());
        }
        given().queryParam("parent", district).when().get("/api/units")
                .then().statusCode(200).header("X-Total-Count", "1").body("code", hasItem(rural));
    }

    @Test
    void R_T1_ruralUnitUnderRegionIsRefused() {
        String region = code("R");
        given().header("Authorization", CEC).contentType(ContentType.JSON).body(unit(region, "Region", "REGION", null))
                .post("/api/units").then().statusCode(201);
        given().header("Authorization", CEC).contentType(ContentType.JSON).body(unit(code("X"), "bad", "RURAL", region))
                .when().post("/api/units")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("UNIT_PARENT_INVALID")).body("detail", startsWith("R-T1"));
    }

    @Test
    void aBatchIsAllOrNothing() {
        String region = code("R"), bad = code("X");
        given().header("Authorization", CEC).contentType(ContentType.JSON)
                .body(List.of(unit(region, "Region", "REGION", null), unit(bad, "bad", "RURAL", region)))
                .when().post("/api/units")
                .then().statusCode(422).body("code", equalTo("UNIT_PARENT_INVALID"));
        given().when().get("/api/units/" + region).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void aUnitCodeIsTakenOnce() {
        String region = code("R");
        given().header("Authorization", CEC).contentType(ContentType.JSON).body(unit(region, "Region", "REGION", null))
                .post("/api/units").then().statusCode(201);
        given().header("Authorization", CEC).contentType(ContentType.JSON).body(unit(region, "Again", "REGION", null))
                .when().post("/api/units")
                .then().statusCode(409).body("code", equalTo("UNIT_EXISTS"));
    }

    @Test
    void onlyCecCreatesUnits() {
        given().contentType(ContentType.JSON).body(unit(code("R"), "Region", "REGION", null))
                .when().post("/api/units")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        String observer = Tokens.bearer(Tokens.of("watcher", "observer", Map.of()));
        given().header("Authorization", observer).contentType(ContentType.JSON).body(unit(code("R"), "Region", "REGION", null))
                .when().post("/api/units")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().header("Authorization", "Bearer not-a-jwt").contentType(ContentType.JSON)
                .body(unit(code("R"), "Region", "REGION", null))
                .when().post("/api/units")
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void badInputIsA400ProblemAndNothingIsWritten() {
        String region = code("R");
        given().header("Authorization", CEC).contentType(ContentType.JSON).body("{\"code\": \"" + region + "\", ")
                .when().post("/api/units")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_REQUEST"));
        given().header("Authorization", CEC).contentType(ContentType.JSON)
                .body(unit(region, "Region", "PROVINCE", null))
                .when().post("/api/units")
                .then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        given().header("Authorization", CEC).contentType(ContentType.JSON)
                .body("{\"code\": \"" + region + "\", \"name\": [1], \"level\": \"REGION\"}")
                .when().post("/api/units")
                .then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        given().header("Authorization", CEC).contentType(ContentType.JSON)
                .body(unit("bad code!", "", "REGION", null))
                .when().post("/api/units")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("code")).body("violations.field", hasItem("name"));
        given().header("Authorization", CEC).contentType(ContentType.TEXT).body("code,name")
                .when().post("/api/units")
                .then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().when().get("/api/units/" + region).then().statusCode(404);
    }

    @Test
    void aQueryParameterOutOfRangeIsNamedInTheViolations() {
        given().queryParam("size", 501).when().get("/api/units")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("size"));
    }
}
