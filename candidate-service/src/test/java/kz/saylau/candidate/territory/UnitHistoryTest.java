package kz.saylau.candidate.territory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import kz.saylau.candidate.election.ElectionFixture;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

/** R-T3 through the API: units renamed, moved and closed, every version kept, elections keeping what they were called with. */
@QuarkusTest
class UnitHistoryTest {

    final String cec = Tokens.bearer(Tokens.cec());

    RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    @Test
    void R_T3_aUnitRenamedMovedAndClosedKeepsItsHistoryAndItsElectionsTheirTree() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String r1 = "HR1" + run, r2 = "HR2" + run, d = "HD" + run, u = "HU" + run;
        as(cec).body(List.of(Map.of("code", r1, "name", "Алматы облысы", "level", "REGION"),
                Map.of("code", r2, "name", "Жетісу облысы", "level", "REGION"),
                Map.of("code", d, "name", "Ескелді ауданы", "level", "DISTRICT", "parentCode", r1),
                Map.of("code", u, "name", "Қарабұлақ ауылдық округі", "level", "RURAL", "parentCode", d)))
                .post("/api/units").then().statusCode(201);
        String tec = Tokens.bearer(Tokens.of("tec-" + run, "tec", Map.of("district", d)));
        String election = as(tec).body(Map.of("unitCode", u, "kind", "REGULAR", "votingDay",
                ElectionFixture.today().plusDays(45).toString())).post("/api/elections").then().statusCode(201).extract().path("id");

        // while its election is open the unit may be renamed, not moved (its TEC would change under it)
        as(cec).body(Map.of("parentCode", r2, "reason", "Жетісу облысы formed (2022)")).patch("/api/units/" + d)
                .then().statusCode(409).body("code", equalTo("ELECTION_OPEN"));
        try (var elections = KafkaTopics.tail("test.saylau.elections")) {
            as(cec).body(Map.of("name", "Қарабұлақ а.о.", "reason", "maslikhat decision 3/1")).patch("/api/units/" + u)
                    .then().statusCode(200).body("name", equalTo("Қарабұлақ а.о.")).body("history.size()", equalTo(2));
            var renamed = KafkaTopics.await(elections, r -> election.equals(r.key())
                    && "saylau.election.calendar-changed.v1".equals(KafkaTopics.header(r, "ce_type")), Duration.ofSeconds(20));
            assertEquals("Қарабұлақ а.о.", new ObjectMapper().readTree(renamed.get(0).value()).path("unitName").asText());
        }
        // the election takes the name its unit has on its voting day, and every service hears it
        given().get("/api/elections/" + election).then().body("unitName", equalTo("Қарабұлақ а.о.")).body("regionCode", equalTo(r1));

        as(cec).body(Map.of("reason", "the region is being split")).post("/api/elections/" + election + "/cancellation")
                .then().statusCode(200);
        try (var territory = KafkaTopics.tail("test.saylau.territory")) {
            as(cec).body(Map.of("parentCode", r2, "reason", "Жетісу облысы formed (2022)")).patch("/api/units/" + d)
                    .then().statusCode(200).body("regionCode", equalTo(r2)).body("parentCode", equalTo(r2))
                    .body("history[0].regionCode", equalTo(r1)).body("history[0].validTo", notNullValue())
                    .body("history[1].regionCode", equalTo(r2)).body("history[1].validTo", nullValue());
            var changed = KafkaTopics.await(territory, r -> u.equals(r.key())
                    && "saylau.unit.changed.v1".equals(KafkaTopics.header(r, "ce_type")), Duration.ofSeconds(20));
            assertEquals(r2, new ObjectMapper().readTree(changed.get(0).value()).path("regionCode").asText());
        }
        // the rural unit moved with its district, as a version of its own
        given().get("/api/units/" + u).then().body("regionCode", equalTo(r2)).body("districtCode", equalTo(d))
                .body("history.regionCode", equalTo(List.of(r1, r1, r2)))
                .body("history[2].reason", containsString("its district " + d + " moved"));
        // the election of 2021 stays in the region it had
        given().get("/api/elections/" + election).then().body("regionCode", equalTo(r1));

        // closing: not while open units are under it; a closed unit takes no election and no change
        as(cec).body(Map.of("reason", "abolished")).post("/api/units/" + d + "/closure").then().statusCode(409)
                .body("code", equalTo("UNIT_IN_USE"));
        as(cec).body(Map.of("reason", "merged into Ескелді (decision 12/3)")).post("/api/units/" + u + "/closure").then()
                .statusCode(200).body("closedAt", notNullValue()).body("closureReason", equalTo("merged into Ескелді (decision 12/3)"));
        as(tec).body(Map.of("unitCode", u, "kind", "REGULAR", "votingDay", ElectionFixture.today().plusDays(60).toString()))
                .post("/api/elections").then().statusCode(422).body("code", equalTo("UNIT_CLOSED")).body("detail", containsString("R-T3"));
        as(cec).body(Map.of("name", "x", "reason", "y")).patch("/api/units/" + u).then().statusCode(409).body("code", equalTo("UNIT_CLOSED"));
        as(cec).body(Map.of("reason", "again")).post("/api/units/" + u + "/closure").then().statusCode(409);
        given().queryParam("parent", d).get("/api/units").then().body("[0].closedAt", notNullValue());
        as(cec).body(Map.of("reason", "abolished")).post("/api/units/" + d + "/closure").then().statusCode(200);
    }

    @Test
    void R_T3_onlyTheCecChangesUnitsAndEveryChangeFollowsTheTreeRules() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String r = "QR" + run, d = "QD" + run, u = "QU" + run;
        as(cec).body(List.of(Map.of("code", r, "name", "R", "level", "REGION"),
                Map.of("code", d, "name", "D", "level", "DISTRICT", "parentCode", r),
                Map.of("code", u, "name", "U", "level", "RURAL", "parentCode", d))).post("/api/units").then().statusCode(201);
        Map<String, String> rename = Map.of("name", "U2", "reason", "r");
        given().contentType(ContentType.JSON).body(rename).patch("/api/units/" + u).then().statusCode(401);
        as(Tokens.bearer(Tokens.of("tec-" + run, "tec", Map.of("district", d)))).body(rename).patch("/api/units/" + u).then().statusCode(403);
        as(cec).body(Map.of("reason", "nothing")).patch("/api/units/" + u).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        as(cec).body(Map.of("name", "U2")).patch("/api/units/" + u).then().statusCode(400);
        as(cec).body(Map.of("parentCode", r, "reason", "r")).patch("/api/units/" + u).then().statusCode(422)
                .body("code", equalTo("UNIT_PARENT_INVALID"));
        as(cec).body(Map.of("parentCode", "NOPE" + run, "reason", "r")).patch("/api/units/" + u).then().statusCode(422);
        as(cec).body(Map.of("name", "U", "reason", "r")).patch("/api/units/" + u).then().statusCode(409).body("code", equalTo("UNIT_UNCHANGED"));
        as(cec).body(rename).patch("/api/units/NOPE" + run).then().statusCode(404);
        given().get("/api/units/" + u).then().body("history.size()", equalTo(1)).body("history[0].reason", equalTo("registered"));
    }
}
