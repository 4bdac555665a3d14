package kz.saylau.candidate.election;

import static io.restassured.RestAssured.given;
import static kz.saylau.candidate.election.ElectionFixture.ALMATY;
import static kz.saylau.candidate.election.ElectionFixture.instant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

@QuarkusTest
class ElectionResourceTest {

    @Test
    void tecCallsAnElectionAndTheAnswerCarriesTheFullCalendarAt18Local() throws Exception {
        ElectionFixture f = new ElectionFixture();
        try (var events = KafkaTopics.tail("test.saylau.elections")) {
            LocalDate today = ElectionFixture.today();
            Response r = f.callElection(45);
            r.then().statusCode(201).header("Location", containsString("/api/elections/"))
                    .body("unitCode", equalTo(f.unit)).body("unitName", equalTo("Қатаркөл ауылдық округі"))
                    .body("districtCode", equalTo(f.district)).body("regionCode", equalTo(f.region))
                    .body("kind", equalTo("REGULAR")).body("phase", equalTo("CALLED"))
                    .body("calendar.calledOn", equalTo(today.toString()))
                    .body("calendar.fallbackNominationCloses", nullValue());
            LocalDate voting = today.plusDays(45);
            assertEquals(voting.minusDays(26).atTime(18, 0).atZone(ALMATY).toInstant(), instant(r, "calendar.nominationCloses"));
            assertEquals(voting.minusDays(21).atTime(18, 0).atZone(ALMATY).toInstant(), instant(r, "calendar.registrationCloses"));
            assertEquals(today.plusDays(1).atStartOfDay(ALMATY).toInstant(), instant(r, "calendar.nominationOpens"));
            assertEquals(voting.minusDays(1).atStartOfDay(ALMATY).toInstant(), instant(r, "calendar.campaignCloses"));
            assertEquals(voting.atTime(7, 0).atZone(ALMATY).toInstant(), instant(r, "calendar.pollsOpen"));
            assertEquals(voting.atTime(20, 0).atZone(ALMATY).toInstant(), instant(r, "calendar.pollsClose"));
            // written in the election time zone, numeric offset, no zone id
            String closes = r.path("calendar.nominationCloses");
            assertTrue(closes.matches("\\d{4}-\\d\\d-\\d\\dT18:00:00[+-]\\d\\d:\\d\\d"), closes);

            String id = r.path("id");
            var called = KafkaTopics.await(events, rec -> id.equals(rec.key()), Duration.ofSeconds(20));
            assertEquals("saylau.election.called.v1", KafkaTopics.header(called.get(0), "ce_type"));
            JsonNode data = new ObjectMapper().readTree(called.get(0).value());
            assertEquals("Бурабай ауданы", data.path("districtName").asText());
            assertEquals("Ақмола облысы", data.path("regionName").asText());
            assertEquals(closes, data.path("calendar").path("nominationCloses").asText());
        }
    }

    @Test
    void phaseFollowsTheClockWithoutAnyJob() {
        ElectionFixture f = new ElectionFixture();
        String id = f.election(40);
        f.openNomination(id);
        f.election(id).then().body("phase", equalTo("NOMINATION"));
        given().queryParam("unit", f.unit).queryParam("phase", "NOMINATION").get("/api/elections")
                .then().statusCode(200).header("X-Total-Count", "1").body("[0].id", equalTo(id));
        given().queryParam("unit", f.unit).queryParam("phase", "CAMPAIGN").get("/api/elections")
                .then().statusCode(200).header("X-Total-Count", "0");
    }

    @Test
    void R_T1_electionOnlyForARuralUnit() {
        ElectionFixture f = new ElectionFixture();
        given().header("Authorization", Tokens.bearer(f.cec)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", f.district, "kind", "REGULAR", "votingDay", ElectionFixture.today().plusDays(45).toString()))
                .post("/api/elections").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("ELECTION_UNIT_NOT_RURAL")).body("detail", containsString("R-T1"));
    }

    @Test
    void R_C1_electionTooSoonIsRefused() {
        ElectionFixture f = new ElectionFixture();
        f.callElection(29).then().statusCode(422).body("code", equalTo("ELECTION_TOO_SOON"))
                .body("detail", containsString("R-C1"));
        f.callElection(30).then().statusCode(201);
    }

    @Test
    void R_C2_oneOpenElectionPerUnit() {
        ElectionFixture f = new ElectionFixture();
        String first = f.election(45);
        f.callElection(60).then().statusCode(409).body("code", equalTo("ELECTION_ALREADY_CALLED"));
        // once cancelled, the unit is free again
        given().header("Authorization", Tokens.bearer(f.cec)).contentType(ContentType.JSON)
                .body(Map.of("reason", "called by mistake")).post("/api/elections/" + first + "/cancellation")
                .then().statusCode(200).body("phase", equalTo("CANCELLED")).body("cancellationReason", equalTo("called by mistake"));
        f.callElection(60).then().statusCode(201);
    }

    @Test
    void R_C2_concurrentCallsForOneUnitGiveOneElection() throws Exception {
        ElectionFixture f = new ElectionFixture();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.concurrent.Callable<Integer> call = () -> f.callElection(45).statusCode();
            var answers = pool.invokeAll(java.util.Collections.nCopies(6, call));
            int created = 0;
            for (var a : answers) {
                int status = a.get();
                assertTrue(status == 201 || status == 409, "status " + status);
                created += status == 201 ? 1 : 0;
            }
            assertEquals(1, created);
        } finally {
            pool.shutdown();
        }
        given().queryParam("unit", f.unit).get("/api/elections").then().header("X-Total-Count", "1");
    }

    @Test
    void rolesAndScopes() {
        ElectionFixture f = new ElectionFixture();
        String votingDay = ElectionFixture.today().plusDays(45).toString();
        Map<String, String> body = Map.of("unitCode", f.unit, "kind", "REGULAR", "votingDay", votingDay);
        given().contentType(ContentType.JSON).body(body).post("/api/elections").then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", Tokens.bearer(f.otherTec)).contentType(ContentType.JSON).body(body)
                .post("/api/elections").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().header("Authorization", Tokens.bearer(f.akim)).contentType(ContentType.JSON).body(body)
                .post("/api/elections").then().statusCode(403);
        String id = f.election(45);
        given().header("Authorization", Tokens.bearer(f.tec)).contentType(ContentType.JSON)
                .body(Map.of("reason", "no")).post("/api/elections/" + id + "/cancellation").then().statusCode(403);
    }

    @Test
    void badInputIsA400Or404() {
        ElectionFixture f = new ElectionFixture();
        given().header("Authorization", Tokens.bearer(f.tec)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", f.unit, "kind", "SNAP", "votingDay", "2030-01-01"))
                .post("/api/elections").then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        given().header("Authorization", Tokens.bearer(f.tec)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", f.unit, "kind", "REGULAR"))
                .post("/api/elections").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("votingDay"));
        given().header("Authorization", Tokens.bearer(f.cec)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", "NOPE" + f.run, "kind", "REGULAR", "votingDay", "2030-01-01"))
                .post("/api/elections").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().get("/api/elections/" + java.util.UUID.randomUUID()).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void cancellationIsAnnouncedAndFinal() throws Exception {
        ElectionFixture f = new ElectionFixture();
        String id = f.election(45);
        try (var events = KafkaTopics.tail("test.saylau.elections")) {
            given().header("Authorization", Tokens.bearer(f.cec)).contentType(ContentType.JSON)
                    .body(Map.of("reason", "Өзгеріс")).post("/api/elections/" + id + "/cancellation").then().statusCode(200);
            var cancelled = KafkaTopics.await(events, rec -> id.equals(rec.key())
                    && "saylau.election.cancelled.v1".equals(KafkaTopics.header(rec, "ce_type")), Duration.ofSeconds(20));
            assertFalse(cancelled.isEmpty());
        }
        given().header("Authorization", Tokens.bearer(f.cec)).contentType(ContentType.JSON)
                .body(Map.of("reason", "again")).post("/api/elections/" + id + "/cancellation").then().statusCode(409)
                .body("code", equalTo("ELECTION_STATE"));
        // final: once its nomination would have opened, it is still cancelled, with the reason the CEC gave
        ElectionFixture.clock(instant(f.election(id), "calendar.nominationOpens").plusSeconds(60));
        f.election(id).then().body("phase", equalTo("CANCELLED")).body("cancellationReason", equalTo("Өзгеріс"));
        assertEquals(LocalTime.of(18, 0), instant(f.election(id), "calendar.nominationCloses").atZone(ALMATY).toLocalTime());
    }

    @Test
    void R_C5_theCecMovesTheVotingDayBeforeNominationOpensAndEveryServiceHearsTheNewCalendar() throws Exception {
        ElectionFixture f = new ElectionFixture();
        String id = f.election(45);
        LocalDate later = ElectionFixture.today().plusDays(52);
        Map<String, String> change = Map.of("votingDay", later.toString(), "reason", "a national holiday (CEC 3/14)");
        // the TEC that called it may not move it
        given().header("Authorization", Tokens.bearer(f.tec)).contentType(ContentType.JSON).body(change)
                .patch("/api/elections/" + id).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        try (var events = KafkaTopics.tail("test.saylau.elections")) {
            Response r = given().header("Authorization", Tokens.bearer(f.cec)).contentType(ContentType.JSON).body(change)
                    .patch("/api/elections/" + id);
            r.then().statusCode(200).body("votingDay", equalTo(later.toString())).body("phase", equalTo("CALLED"));
            assertEquals(later.minusDays(26).atTime(18, 0).atZone(ALMATY).toInstant(), instant(r, "calendar.nominationCloses"));
            assertEquals(later.atTime(7, 0).atZone(ALMATY).toInstant(), instant(r, "calendar.pollsOpen"));
            var changed = KafkaTopics.await(events, rec -> id.equals(rec.key())
                    && "saylau.election.calendar-changed.v1".equals(KafkaTopics.header(rec, "ce_type")), Duration.ofSeconds(20));
            JsonNode data = new ObjectMapper().readTree(changed.get(0).value());
            assertEquals(later.toString(), data.path("votingDay").asText());
            assertEquals(r.<String>path("calendar.pollsOpen"), data.path("calendar").path("pollsOpen").asText());
        }
        f.election(id).then().body("votingDay", equalTo(later.toString()));
        // R-C1 still holds: not sooner than 30 days after the call, and nothing changes
        given().header("Authorization", Tokens.bearer(f.cec)).contentType(ContentType.JSON)
                .body(Map.of("votingDay", ElectionFixture.today().plusDays(29).toString(), "reason", "sooner"))
                .patch("/api/elections/" + id).then().statusCode(422).body("code", equalTo("ELECTION_TOO_SOON"));
        f.election(id).then().body("votingDay", equalTo(later.toString()));
        // bad input
        given().header("Authorization", Tokens.bearer(f.cec)).contentType(ContentType.JSON)
                .body(Map.of("votingDay", later.toString())).patch("/api/elections/" + id).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations.field", hasItem("reason"));
        given().header("Authorization", Tokens.bearer(f.cec)).contentType(ContentType.JSON).body(change)
                .patch("/api/elections/" + java.util.UUID.randomUUID()).then().statusCode(404);
        // once nomination has opened, the calendar stands (R-C5)
        f.openNomination(id);
        given().header("Authorization", Tokens.bearer(f.cec)).contentType(ContentType.JSON)
                .body(Map.of("votingDay", later.plusDays(7).toString(), "reason", "too late"))
                .patch("/api/elections/" + id).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("NOMINATION_OPENED")).body("detail", containsString("R-C5"));
        f.election(id).then().body("votingDay", equalTo(later.toString()));
    }

    @Test
    void R_C5_aCancelledElectionDoesNotMove() {
        ElectionFixture f = new ElectionFixture();
        String id = f.election(45);
        given().header("Authorization", Tokens.bearer(f.cec)).contentType(ContentType.JSON)
                .body(Map.of("reason", "called by mistake")).post("/api/elections/" + id + "/cancellation").then().statusCode(200);
        given().header("Authorization", Tokens.bearer(f.cec)).contentType(ContentType.JSON)
                .body(Map.of("votingDay", ElectionFixture.today().plusDays(50).toString(), "reason", "x"))
                .patch("/api/elections/" + id).then().statusCode(409).body("code", equalTo("ELECTION_STATE"));
    }

    /** Issue 19 #7: the phase's label follows Accept-Language; the code stays as it is. */
    @Test
    void thePhaseIsLabelledInTheLanguageAskedFor() {
        ElectionFixture f = new ElectionFixture();
        String id = f.election(45);
        given().header("Accept-Language", "kk").get("/api/elections/" + id).then().statusCode(200)
                .header("Content-Language", "kk").header("Vary", containsString("Accept-Language"))
                .body("phase", equalTo("CALLED")).body("phaseLabel", equalTo("сайлау тағайындалды"))
                .body("failureReasonLabel", nullValue());
        given().header("Accept-Language", "ru-RU,ru;q=0.9").queryParam("unit", f.unit).get("/api/elections").then()
                .statusCode(200).body("[0].phaseLabel", equalTo("выборы назначены"));
        given().get("/api/elections/" + id).then().header("Content-Language", "en").body("phaseLabel", equalTo("called"));
        String candidate = f.registeredCandidate(id);
        given().header("Accept-Language", "kk").get("/api/candidates/" + candidate).then().statusCode(200)
                .body("status", equalTo("REGISTERED")).body("statusLabel", equalTo("тіркелді"))
                .body("nominatedBy", equalTo("SELF")).body("nominatedByLabel", equalTo("өзін-өзі ұсынған"));
    }

    /** A query value that is not of its type is 400 VALIDATION_FAILED naming the parameter, not a 404 (api.md "Errors"). */
    @Test
    void badQueryValuesAre400NamingTheParameter() {
        given().queryParam("votingDay", "2027-13-01").get("/api/elections").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("votingDay"));
        given().queryParam("phase", "NOPE").get("/api/elections").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("phase"))
                .body("violations[0].message", containsString("NOMINATION"));
        given().queryParam("status", "NOPE").get("/api/elections/" + java.util.UUID.randomUUID() + "/candidates")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        // good values still read as before
        given().queryParam("votingDay", "2027-12-01").queryParam("phase", "VOTING").get("/api/elections").then().statusCode(200);
    }
}
