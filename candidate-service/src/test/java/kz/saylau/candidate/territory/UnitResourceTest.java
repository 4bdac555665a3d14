package kz.saylau.candidate.territory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

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
            given().header("Authorization", CEC).header("X-Request-Id", "req-" + rural).contentType(ContentType.JSON)
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
            // the call's request id travels with the event it caused
            assertEquals("req-" + rural, KafkaTopics.header(event, "ce_requestid"));
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

    @Test
    void R_T1_aWholeTreeLoadsFromCsvAllOrNone() {
        String region = code("R"), district = code("D");
        String csv = "code,name,level,parentCode\r\n"
                + region + ",\"Абай облысы, 2022\",REGION,\r\n"
                + district + ",Аягөз ауданы,DISTRICT," + region + "\r\n"
                + code("U") + ",Мадениет ауылдық округі,RURAL," + district + "\r\n";
        given().header("Authorization", CEC).contentType("text/csv; charset=UTF-8").body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/units").then().statusCode(201).body("size()", equalTo(3))
                .body("[0].name", equalTo("Абай облысы, 2022")).body("[2].regionCode", equalTo(region));
        given().get("/api/units/" + district).then().statusCode(200).body("name", equalTo("Аягөз ауданы"));

        String bad = "code,name,level,parentCode\n" + code("D") + ",ok,DISTRICT," + region + "\n" + code("U") + ",bad,RURAL," + region + "\n";
        given().header("Authorization", CEC).contentType("text/csv").body(bad).post("/api/units")
                .then().statusCode(422).body("code", equalTo("UNIT_PARENT_INVALID")).body("detail", containsString("#1"));
        given().queryParam("parent", region).get("/api/units").then().header("X-Total-Count", "1");
        given().header("Authorization", CEC).contentType("text/csv").body("id;name\n1;2").post("/api/units")
                .then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
    }

    @Test
    void R_T3_aUnitKeepsTheRegionItHadWhenTheRegionsAreSplitLater() {
        // 2021: Ayagoz district in East Kazakhstan; 2022: Abai region is split off and a new district code is made
        String east = code("R"), abai = code("R"), ayagoz2021 = code("D"), ayagoz2022 = code("D"), rural2021 = code("U");
        given().header("Authorization", CEC).contentType(ContentType.JSON)
                .body(List.of(unit(east, "Шығыс Қазақстан облысы", "REGION", null), unit(ayagoz2021, "Аягөз ауданы", "DISTRICT", east),
                        unit(rural2021, "Мадениет ауылдық округі", "RURAL", ayagoz2021)))
                .post("/api/units").then().statusCode(201);
        given().header("Authorization", CEC).contentType(ContentType.JSON)
                .body(List.of(unit(abai, "Абай облысы", "REGION", null), unit(ayagoz2022, "Аягөз ауданы", "DISTRICT", abai)))
                .post("/api/units").then().statusCode(201);
        // the split cannot move what exists: the 2021 units sent again under the new region are refused, whole
        given().header("Authorization", CEC).contentType(ContentType.JSON)
                .body(unit(rural2021, "Мадениет ауылдық округі", "RURAL", ayagoz2022))
                .post("/api/units").then().statusCode(409).body("code", equalTo("UNIT_EXISTS"));
        String rural2022 = code("U");
        given().header("Authorization", CEC).contentType(ContentType.JSON)
                .body(List.of(unit(rural2022, "Мадениет ауылдық округі", "RURAL", ayagoz2022),
                        unit(ayagoz2021, "Аягөз ауданы", "DISTRICT", abai)))
                .post("/api/units").then().statusCode(409).body("code", equalTo("UNIT_EXISTS"));
        given().get("/api/units/" + rural2022).then().statusCode(404);
        given().header("Authorization", CEC).contentType("text/csv")
                .body("code,name,level,parentCode\n" + rural2021 + ",Мадениет ауылдық округі,RURAL," + ayagoz2022 + "\n")
                .post("/api/units").then().statusCode(409).body("code", equalTo("UNIT_EXISTS"));
        // so the 2021 unit keeps the district and region it had, and the 2022 ones have theirs
        given().get("/api/units/" + rural2021).then().statusCode(200).body("regionCode", equalTo(east))
                .body("districtCode", equalTo(ayagoz2021)).body("parentCode", equalTo(ayagoz2021));
        given().get("/api/units/" + ayagoz2021).then().body("regionCode", equalTo(east)).body("parentCode", equalTo(east));
        given().get("/api/units/" + ayagoz2022).then().body("regionCode", equalTo(abai));
    }

    /** A page far past the end is an empty page, and nulls in an array are bad elements: 400, never a 500. */
    @Test
    void farPagesAreEmptyAndNullElementsAreRefused() {
        given().queryParam("page", 13924688).queryParam("size", 261).get("/api/units").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
        given().header("Authorization", CEC).contentType(ContentType.JSON).body("[null,null]").post("/api/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.equalTo("VALIDATION_FAILED"));
    }
}
