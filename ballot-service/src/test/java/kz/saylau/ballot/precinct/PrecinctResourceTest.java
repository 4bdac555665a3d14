package kz.saylau.ballot.precinct;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.saylau.ballot.platform.BallotFixture;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

@QuarkusTest
class PrecinctResourceTest {

    static io.restassured.specification.RequestSpecification as(String token) {
        return given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON);
    }

    @Test
    void tecRegistersPrecinctsAndEachIsAnnounced() throws Exception {
        BallotFixture f = new BallotFixture();
        try (var events = KafkaTopics.tail("test.saylau.territory")) {
            as(f.tec).body(Map.of("code", "A" + f.run, "unitCode", f.unit, "name", "Қатаркөл мектебі", "address", "Абай к-сі 1",
                    "votersOnList", 1000)).post("/api/precincts").then().statusCode(201)
                    .header("Location", containsString("/api/precincts/A" + f.run))
                    .body("districtCode", equalTo(f.district)).body("name", equalTo("Қатаркөл мектебі"));
            var registered = KafkaTopics.await(events, r -> ("A" + f.run).equals(r.key()), Duration.ofSeconds(20));
            assertEquals("saylau.precinct.registered.v1", KafkaTopics.header(registered.get(0), "ce_type"));
            var data = new ObjectMapper().readTree(registered.get(0).value());
            assertEquals(f.unit, data.path("unitCode").asText());
            assertEquals(1000, data.path("votersOnList").asInt());
        }
        as(f.tec).body(List.of(Map.of("code", "B" + f.run, "unitCode", f.unit, "name", "b", "votersOnList", 800),
                Map.of("code", "C" + f.run, "unitCode", f.unit, "name", "c", "votersOnList", 1200)))
                .post("/api/precincts").then().statusCode(201).body("size()", equalTo(2));
        given().queryParam("unit", f.unit).get("/api/precincts").then().statusCode(200).header("X-Total-Count", "3")
                .body("code", equalTo(List.of("A" + f.run, "B" + f.run, "C" + f.run)));
        given().queryParam("district", f.district).get("/api/precincts").then().header("X-Total-Count", "3");
        given().get("/api/precincts/B" + f.run).then().statusCode(200).body("votersOnList", equalTo(800));
        given().get("/api/precincts/nope" + f.run).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void refusalsOfApiMd() throws Exception {
        BallotFixture f = new BallotFixture();
        as(f.tec).body(Map.of("code", "A" + f.run, "unitCode", f.unit, "name", "a", "votersOnList", 10)).post("/api/precincts")
                .then().statusCode(201);
        as(f.tec).body(Map.of("code", "A" + f.run, "unitCode", f.unit, "name", "a", "votersOnList", 10)).post("/api/precincts")
                .then().statusCode(409).body("code", equalTo("PRECINCT_EXISTS"));
        as(f.cec).body(Map.of("code", "X" + f.run, "unitCode", "NOWHERE" + f.run, "name", "x", "votersOnList", 10))
                .post("/api/precincts").then().statusCode(422).body("code", equalTo("UNIT_UNKNOWN"));
        as(f.cec).body(Map.of("code", "X" + f.run, "unitCode", f.district, "name", "x", "votersOnList", 10))
                .post("/api/precincts").then().statusCode(422).body("code", equalTo("PRECINCT_UNIT_NOT_RURAL"));
        as(f.otherTec).body(Map.of("code", "Y" + f.run, "unitCode", f.unit, "name", "y", "votersOnList", 10))
                .post("/api/precincts").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        as(BallotFixture.station("A" + f.run)).body(Map.of("code", "Y" + f.run, "unitCode", f.unit, "name", "y", "votersOnList", 10))
                .post("/api/precincts").then().statusCode(403);
        as(f.tec).body(Map.of("code", "bad code", "unitCode", f.unit, "name", "", "votersOnList", -1)).post("/api/precincts")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("violations.field", hasItem("votersOnList"));
        // all or none: the second entry fails, the first is not written
        as(f.tec).body(List.of(Map.of("code", "Q" + f.run, "unitCode", f.unit, "name", "q", "votersOnList", 1),
                Map.of("code", "A" + f.run, "unitCode", f.unit, "name", "a", "votersOnList", 1))).post("/api/precincts")
                .then().statusCode(409).body("detail", containsString("#1"));
        given().get("/api/precincts/Q" + f.run).then().statusCode(404);
    }

    /**
     * issue 18: one candidate-service instance down (the first address, where nothing listens) does not stop the
     * look-ups: calls go to the instances in turn and a refused one is tried at the next, so every unit is found, each
     * asked for once at the instance that answers.
     */
    @Test
    void oneCandidateServiceInstanceDownDoesNotStopTheLookUps() {
        String fake = kz.saylau.ballot.platform.FakeCandidateService.url();
        for (int i = 0; i < 6; i++) {
            String remote = "CSRURAL" + System.nanoTime();
            as(Tokens.cec()).body(Map.of("code", "D" + remote.substring(7), "unitCode", remote, "name", "d", "votersOnList", 5))
                    .post("/api/precincts").then().statusCode(201).body("districtCode", equalTo("CSD"));
            given().baseUri(fake).port(-1).get("/asked/" + remote).then().statusCode(200).body(equalTo("1"));
        }
    }

    @Test
    void aUnitNotHeardOfYetIsLookedUpInCandidateService() {
        String remote = "CSRURAL" + System.nanoTime();
        as(Tokens.cec()).body(Map.of("code", "R" + remote.substring(7), "unitCode", remote, "name", "r", "votersOnList", 5))
                .post("/api/precincts").then().statusCode(201).body("districtCode", equalTo("CSD")).body("regionCode", equalTo("CSR"));
        given().get("/internal/units/" + remote).then().statusCode(200);
        as(Tokens.cec()).body(Map.of("code", "S" + remote.substring(7), "unitCode", "CSDIST" + System.nanoTime(), "name", "r",
                "votersOnList", 5)).post("/api/precincts").then().statusCode(422).body("code", equalTo("PRECINCT_UNIT_NOT_RURAL"));
    }

    /**
     * A bulk registration of many precincts of one unit not heard of yet asks candidate-service once (it asked once per
     * row, inside the transaction), and a retry with the same Idempotency-Key replays the first answer.
     */
    @Test
    void aBulkOfOneUnknownUnitAsksCandidateServiceOnceAndARetryReplays() {
        String remote = "CSRURAL" + System.nanoTime();
        String run = remote.substring(7);
        List<Map<String, Object>> bulk = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bulk.add(Map.of("code", "K" + i + "-" + run, "unitCode", remote, "name", "k" + i, "votersOnList", 100 + i));
        }
        String key = "bulk-" + run;
        String first = as(Tokens.cec()).header("Idempotency-Key", key).body(bulk).post("/api/precincts")
                .then().statusCode(201).body("size()", equalTo(20)).extract().asString();
        String fake = kz.saylau.ballot.platform.FakeCandidateService.url();
        given().baseUri(fake).port(-1).get("/asked/" + remote).then().statusCode(200).body(equalTo("1"));
        String again = as(Tokens.cec()).header("Idempotency-Key", key).body(bulk).post("/api/precincts")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, again);
        as(Tokens.cec()).header("Idempotency-Key", key).body(bulk.subList(0, 3)).post("/api/precincts")
                .then().statusCode(409).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().queryParam("unit", remote).get("/api/precincts").then().statusCode(200).header("X-Total-Count", "20");
    }

    @Test
    void votersOnTheListChangeUntilThePollsOpen() throws Exception {
        BallotFixture f = BallotFixture.withBallot(1000);
        String code = f.precincts.get(0);
        try (var events = KafkaTopics.tail("test.saylau.territory")) {
            as(f.tec).body(Map.of("votersOnList", 1010)).patch("/api/precincts/" + code).then().statusCode(200)
                    .body("votersOnList", equalTo(1010));
            var updated = KafkaTopics.await(events, r -> code.equals(r.key()), Duration.ofSeconds(20));
            assertEquals("saylau.precinct.updated.v1", KafkaTopics.header(updated.get(0), "ce_type"));
        }
        as(f.otherTec).body(Map.of("votersOnList", 1)).patch("/api/precincts/" + code).then().statusCode(403);
        BallotFixture.clock(f.pollsOpen());
        as(f.tec).body(Map.of("votersOnList", 1020)).patch("/api/precincts/" + code).then().statusCode(422)
                .body("code", equalTo("POLLS_OPENED"));
        // issue 19 #4: the name and address change at any time (the precinct moved to another school), and the list
        // stays as it was; a change that names the list too is refused whole
        as(f.tec).body(Map.of("name", "Абай атындағы мектеп", "address", "Абай көшесі 3")).patch("/api/precincts/" + code)
                .then().statusCode(200).body("name", equalTo("Абай атындағы мектеп")).body("address", equalTo("Абай көшесі 3"))
                .body("votersOnList", equalTo(1010));
        as(f.tec).body(Map.of("name", "Тағы бір мектеп", "votersOnList", 1030)).patch("/api/precincts/" + code)
                .then().statusCode(422).body("code", equalTo("POLLS_OPENED"));
        given().get("/api/precincts/" + code).then().body("name", equalTo("Абай атындағы мектеп")).body("votersOnList", equalTo(1010));
        as(f.tec).body(Map.of()).patch("/api/precincts/" + code).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        as(f.tec).body(Map.of("name", "")).patch("/api/precincts/" + code).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        // once that election is decided (here: failed), the list is the next election's to keep (R-T2, R-R4)
        f.decided("saylau.election.failed.v1");
        as(f.tec).body(Map.of("votersOnList", 1020)).patch("/api/precincts/" + code).then().statusCode(200)
                .body("votersOnList", equalTo(1020));
    }

    /**
     * R-T2, issue 19 #4: the TEC closes a precinct before the polls open; it then takes no part in that election (no
     * turnout, no tokens, no protocol), changes no more, and is announced closed. Once the polls are open, none closes.
     */
    @Test
    void R_T2_aPrecinctClosedBeforeThePollsOpenTakesNoPartInTheElection() throws Exception {
        BallotFixture f = BallotFixture.withBallot(1000, 500);
        String open = f.precincts.get(0), closed = f.precincts.get(1);
        Map<String, String> closure = Map.of("reason", "the school closed; its voters go to " + open + " (TEC 5/2)");
        as(f.otherTec).body(closure).post("/api/precincts/" + closed + "/closure").then().statusCode(403);
        as(f.tec).body(Map.of()).post("/api/precincts/" + closed + "/closure").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        as(f.tec).body(closure).post("/api/precincts/NOPE" + f.run + "/closure").then().statusCode(404);
        try (var events = KafkaTopics.tail("test.saylau.territory")) {
            as(f.tec).body(closure).post("/api/precincts/" + closed + "/closure").then().statusCode(200)
                    .body("closureReason", equalTo(closure.get("reason")))
                    .body("closedAt", org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+05:00"));
            var announced = KafkaTopics.await(events, r -> closed.equals(r.key())
                    && "saylau.precinct.closed.v1".equals(KafkaTopics.header(r, "ce_type")), Duration.ofSeconds(20));
            var data = new ObjectMapper().readTree(announced.get(0).value());
            assertEquals(closure.get("reason"), data.path("closureReason").asText());
            assertEquals(500, data.path("votersOnList").asInt());
        }
        // closed is final: no second closure, no change
        as(f.tec).body(closure).post("/api/precincts/" + closed + "/closure").then().statusCode(409)
                .body("code", equalTo("PRECINCT_CLOSED"));
        as(f.tec).body(Map.of("name", "Жаңа мектеп")).patch("/api/precincts/" + closed).then().statusCode(409)
                .body("code", equalTo("PRECINCT_CLOSED"));
        given().get("/api/precincts/" + closed).then().statusCode(200).body("name", equalTo("Мектеп " + closed))
                .body("closureReason", equalTo(closure.get("reason")));
        given().get("/api/precincts/" + open).then().body("closedAt", org.hamcrest.Matchers.nullValue());

        BallotFixture.clock(f.pollsOpen().plus(Duration.ofHours(1)));
        String election = "/api/elections/" + f.election + "/precincts/";
        given().header("Authorization", Tokens.bearer(BallotFixture.station(closed))).contentType(ContentType.JSON)
                .body(Map.of("asOf", "2030-01-01T10:00:00+05:00", "ballotsIssued", 1)).post(election + closed + "/turnout")
                .then().statusCode(422).body("code", equalTo("PRECINCT_CLOSED")).body("detail", containsString("R-T2"));
        given().header("Authorization", Tokens.bearer(BallotFixture.station(closed))).contentType(ContentType.JSON)
                .body(Map.of("iin", kz.saylau.platform.testing.Iins.valid(java.time.LocalDate.of(1980, 1, 1), true, 5)))
                .post(election + closed + "/ballot-tokens").then().statusCode(422).body("code", equalTo("PRECINCT_CLOSED"));
        given().header("Authorization", Tokens.bearer(BallotFixture.station(open))).contentType(ContentType.JSON)
                .body(Map.of("asOf", "2030-01-01T10:00:00+05:00", "ballotsIssued", 1)).post(election + open + "/turnout")
                .then().statusCode(201);
        // with the polls open, no precinct of the unit closes
        as(f.tec).body(closure).post("/api/precincts/" + open + "/closure").then().statusCode(422)
                .body("code", equalTo("POLLS_OPENED"));
        given().get("/api/precincts/" + open).then().body("closedAt", org.hamcrest.Matchers.nullValue());

        BallotFixture.clock(f.pollsClose().plus(Duration.ofMinutes(5)));
        Map<String, Object> protocol = Map.of("votersOnList", 500, "ballotsReceived", 500, "ballotsIssued", 0,
                "ballotsCancelled", 500, "ballotsInBox", 0, "invalidBallots", 0, "againstAll", 0,
                "votes", f.candidates.stream().map(c -> Map.of("candidateId", c.toString(), "votes", 0)).toList());
        given().header("Authorization", Tokens.bearer(BallotFixture.station(closed))).contentType(ContentType.JSON)
                .body(protocol).post(election + closed + "/protocol").then().statusCode(422)
                .body("code", equalTo("PRECINCT_CLOSED"));
    }

    /** R-T3: a rural unit moved under another district takes its precincts along: the new TEC acts for them, the old one no more. */
    @Test
    void R_T3_theTecOfTheDistrictAUnitMovedToActsForItsPrecincts() throws Exception {
        BallotFixture f = new BallotFixture();
        String code = f.precinct(300);
        String moved = "MV" + f.run;
        String id = java.util.UUID.randomUUID().toString();
        KafkaTopics.send("test.saylau.territory", id, "saylau.unit.changed.v1", f.unit,
                "{\"code\":\"" + f.unit + "\",\"name\":\"Қатаркөл\",\"level\":\"RURAL\",\"parentCode\":\"" + moved
                        + "\",\"districtCode\":\"" + moved + "\",\"regionCode\":\"" + f.region + "\",\"closed\":false}");
        BallotFixture.applied(id);
        given().get("/internal/units/" + f.unit).then().statusCode(200).body("districtCode", equalTo(moved));
        given().get("/api/precincts/" + code).then().body("districtCode", equalTo(moved));
        as(f.tec).body(Map.of("name", "Жаңа мектеп")).patch("/api/precincts/" + code).then().statusCode(403);
        as(Tokens.of("tec-moved-" + f.run, "tec", Map.of("district", moved))).body(Map.of("name", "Жаңа мектеп"))
                .patch("/api/precincts/" + code).then().statusCode(200).body("name", equalTo("Жаңа мектеп"));
    }

    /** A page far past the end is an empty page, and a null in an array is a bad element: 400, never a 500. */
    @Test
    void farPagesAreEmptyAndNullElementsAreRefused() {
        given().queryParam("page", 13924688).queryParam("size", 261).get("/api/precincts").then().statusCode(200)
                .body("size()", equalTo(0)).header("X-Total-Count", org.hamcrest.Matchers.notNullValue());
        as(Tokens.cec()).body("[null]").post("/api/precincts").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        as(Tokens.cec()).body("null").post("/api/precincts").then().statusCode(400);
    }
}
