package kz.saylau.candidate.nomination;

import static io.restassured.RestAssured.given;
import static kz.saylau.candidate.election.ElectionFixture.clock;
import static kz.saylau.candidate.election.ElectionFixture.instant;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.saylau.candidate.election.ElectionFixture;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

/**
 * The deadline work of R-C3 and the TEC's decisions: fallback window (R-N6), registration (R-N7), withdrawal and
 * deregistration (R-N8), each moved along by the election clock as a commission's rehearsal would.
 */
@QuarkusTest
class RegistrationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    ElectionFixture f;
    String p1;
    String party1;
    LocalDate born;

    @org.junit.jupiter.api.BeforeEach
    void territoryAndParty() {
        f = new ElectionFixture();
        p1 = f.party("P1" + f.run);
        party1 = ElectionFixture.partyToken(p1);
    }

    String election() {
        String id = f.election(45);
        born = LocalDate.parse(f.election(id).<String>path("votingDay")).minusYears(40);
        f.openNomination(id);
        return id;
    }

    Map<String, Object> candidate(String by, String gender, int serial) {
        Map<String, Object> c = new HashMap<>();
        c.put("iin", NominationRulesTest.iin(born, Gender.valueOf(gender), serial));
        c.put("lastName", "Қосанов");
        c.put("firstName", "Аман");
        c.put("birthDate", born.toString());
        c.put("gender", gender);
        c.put("nominatedBy", by);
        if (by.equals("PARTY")) {
            c.put("partyCode", p1);
        }
        if (by.equals("SELF")) {
            c.put("signatures", 0);
        }
        return c;
    }

    Response nominate(String election, String token, Map<String, Object> body) {
        return given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON).body(body)
                .post("/api/elections/" + election + "/nominations");
    }

    Response post(String token, String path, Map<String, Object> body) {
        return given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON).body(body).post(path);
    }

    static List<ConsumerRecord<String, String>> awaitType(org.apache.kafka.clients.consumer.KafkaConsumer<String, String> c,
            String election, String type) {
        return awaitType(c, election, type, Duration.ofSeconds(20));
    }

    /** With a short window, to show that nothing more comes: the relay publishes within a second. */
    static List<ConsumerRecord<String, String>> awaitType(org.apache.kafka.clients.consumer.KafkaConsumer<String, String> c,
            String election, String type, Duration within) {
        return KafkaTopics.await(c, r -> election.equals(r.key()) && type.equals(KafkaTopics.header(r, "ce_type")), within);
    }

    @Test
    void R_N6_fallbackOpensWhenFewerThanTwoAndOnlyTheDistrictAkimNominates() throws Exception {
        String id = election();
        String a = nominate(id, party1, candidate("PARTY", "M", 101)).then().statusCode(201).extract().path("id");
        Response e = f.election(id);
        Instant nominationCloses = instant(e, "calendar.nominationCloses");
        try (var events = KafkaTopics.tail("test.saylau.elections")) {
            clock(nominationCloses.plusSeconds(3600));
            // the clock change answers once the deadline work is done: no waiting
            Response moved = f.election(id);
            moved.then().body("phase", equalTo("REGISTRATION")).body("calendar.fallbackNominationCloses", notNullValue());
            Instant fallbackCloses = instant(moved, "calendar.fallbackNominationCloses");
            assertEquals(nominationCloses.plus(Duration.ofDays(5)), fallbackCloses);
            assertEquals(fallbackCloses.plus(Duration.ofDays(2)), instant(moved, "calendar.registrationCloses"));
            var changed = awaitType(events, id, "saylau.election.calendar-changed.v1");
            assertEquals(1, changed.size());
            assertEquals(moved.<String>path("calendar.registrationCloses"),
                    JSON.readTree(changed.get(0).value()).path("calendar").path("registrationCloses").asText());

            nominate(id, f.tec, candidate("SELF", "F", 303)).then().statusCode(422).body("code", equalTo("NOMINATION_CLOSED"));
            String b = nominate(id, f.akim, candidate("DISTRICT_AKIM", "F", 404)).then().statusCode(201)
                    .body("nominatedBy", equalTo("DISTRICT_AKIM")).extract().path("id");
            nominate(id, f.akim, candidate("DISTRICT_AKIM", "M", 505)).then().statusCode(201);
            clock(fallbackCloses.plusSeconds(300));
            nominate(id, f.akim, candidate("DISTRICT_AKIM", "M", 606)).then().statusCode(422)
                    .body("code", equalTo("FALLBACK_NOMINATION_NOT_ALLOWED"));
            // a second pass of the deadline work changes nothing: one calendar change only
            assertTrue(awaitType(events, id, "saylau.election.calendar-changed.v1", Duration.ofSeconds(3)).isEmpty());
            post(f.tec, "/api/candidates/" + a + "/decision", Map.of("decision", "REGISTER", "reason", "ok")).then().statusCode(200);
            post(f.tec, "/api/candidates/" + b + "/decision", Map.of("decision", "REGISTER", "reason", "ok")).then().statusCode(200);
        }
    }

    @Test
    void twoStandingAtNominationCloseOpenNoFallback() {
        String id = election();
        nominate(id, party1, candidate("PARTY", "M", 101)).then().statusCode(201);
        nominate(id, f.tec, candidate("SELF", "F", 303)).then().statusCode(201);
        clock(instant(f.election(id), "calendar.nominationCloses").plusSeconds(60));
        f.election(id).then().body("calendar.fallbackNominationCloses", nullValue());
        nominate(id, f.akim, candidate("DISTRICT_AKIM", "M", 404)).then().statusCode(422)
                .body("code", equalTo("FALLBACK_NOMINATION_NOT_ALLOWED"));
    }

    @Test
    void R_N7_registrationClosesWithTheFinalListAnnouncedOnce() throws Exception {
        String id = election();
        String a = nominate(id, party1, candidate("PARTY", "M", 101)).then().statusCode(201).extract().path("id");
        String b = nominate(id, f.tec, candidate("SELF", "F", 303)).then().statusCode(201).extract().path("id");
        String c = nominate(id, f.tec, candidate("SELF", "M", 404)).then().statusCode(201).extract().path("id");
        post(f.tec, "/api/candidates/" + a + "/decision", Map.of("decision", "REGISTER", "reason", "documents in order"))
                .then().statusCode(200).body("status", equalTo("REGISTERED")).body("statusReason", equalTo("documents in order"));
        post(f.tec, "/api/candidates/" + a + "/decision", Map.of("decision", "REGISTER", "reason", "again"))
                .then().statusCode(409).body("code", equalTo("CANDIDATE_STATE"));
        post(f.otherTec, "/api/candidates/" + b + "/decision", Map.of("decision", "REGISTER", "reason", "x"))
                .then().statusCode(403);
        post(party1, "/api/candidates/" + b + "/decision", Map.of("decision", "REGISTER", "reason", "x"))
                .then().statusCode(403);
        post(f.tec, "/api/candidates/" + b + "/decision", Map.of("decision", "REFUSE", "reason", "civil-service qualification"))
                .then().statusCode(200).body("status", equalTo("REFUSED"));
        post(f.tec, "/api/candidates/" + c + "/decision", Map.of("decision", "MAYBE", "reason", "x")).then().statusCode(400);
        Instant registrationCloses = instant(f.election(id), "calendar.registrationCloses");
        try (var events = KafkaTopics.tail("test.saylau.elections")) {
            clock(registrationCloses.plusSeconds(60));
            f.election(id).then().body("phase", equalTo("CAMPAIGN"));
            var closed = awaitType(events, id, "saylau.election.registration-closed.v1");
            assertEquals(1, closed.size());
            JsonNode list = JSON.readTree(closed.get(0).value()).path("candidates");
            assertEquals(1, list.size());
            assertEquals(a, list.get(0).path("id").asText());
            assertEquals("REGISTERED", list.get(0).path("status").asText());
            assertFalse(closed.get(0).value().contains(NominationRulesTest.iin(born, Gender.M, 101)));
            post(f.tec, "/api/candidates/" + c + "/decision", Map.of("decision", "REGISTER", "reason", "late"))
                    .then().statusCode(422).body("code", equalTo("REGISTRATION_CLOSED"));
            // the rule comes before the state conflict
            post(f.tec, "/api/candidates/" + a + "/decision", Map.of("decision", "REGISTER", "reason", "late"))
                    .then().statusCode(422).body("code", equalTo("REGISTRATION_CLOSED"));
            clock(registrationCloses.plusSeconds(7200));
            assertTrue(awaitType(events, id, "saylau.election.registration-closed.v1", Duration.ofSeconds(3)).isEmpty());
        }
        // the public sees the registered candidate, not the refused or the undecided
        given().get("/api/elections/" + id + "/candidates").then().header("X-Total-Count", "1").body("[0].id", equalTo(a));
    }

    @Test
    void R_N8_withdrawalUntilFiveDaysBeforeAndDeregistrationUntilVotingDay() {
        String id = election();
        String a = nominate(id, party1, candidate("PARTY", "M", 101)).then().statusCode(201).extract().path("id");
        String b = nominate(id, f.tec, candidate("SELF", "F", 303)).then().statusCode(201).extract().path("id");
        String c = nominate(id, f.tec, candidate("SELF", "M", 404)).then().statusCode(201).extract().path("id");
        for (String x : List.of(a, b, c)) {
            post(f.tec, "/api/candidates/" + x + "/decision", Map.of("decision", "REGISTER", "reason", "ok")).then().statusCode(200);
        }
        // the nominating party withdraws its own candidate; another party may not
        String otherParty = ElectionFixture.partyToken(f.party("P9" + f.run));
        post(otherParty, "/api/candidates/" + a + "/withdrawal", Map.of("reason", "x")).then().statusCode(403);
        post(party1, "/api/candidates/" + b + "/withdrawal", Map.of("reason", "x")).then().statusCode(403);
        post(party1, "/api/candidates/" + a + "/withdrawal", Map.of("reason", "party congress decision"))
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        post(party1, "/api/candidates/" + a + "/withdrawal", Map.of("reason", "again"))
                .then().statusCode(409).body("code", equalTo("CANDIDATE_STATE"));
        // withdrawn after registration: the public still sees them, withdrawn
        given().get("/api/candidates/" + a).then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        LocalDate votingDay = LocalDate.parse(f.election(id).path("votingDay"));
        clock(votingDay.minusDays(5).atTime(18, 0).atZone(ElectionFixture.ALMATY).toInstant());
        post(f.tec, "/api/candidates/" + b + "/withdrawal", Map.of("reason", "late")).then().statusCode(422)
                .body("code", equalTo("WITHDRAWAL_CLOSED")).body("detail", org.hamcrest.Matchers.containsString("R-N8"));
        post(f.tec, "/api/candidates/" + b + "/deregistration", Map.of("reason", "court")).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("decisionRef"));
        post(f.tec, "/api/candidates/" + b + "/deregistration", Map.of("reason", "court decision", "decisionRef", "Court 2-117/27"))
                .then().statusCode(200).body("status", equalTo("DEREGISTERED")).body("decisionRef", equalTo("Court 2-117/27"));
        post(f.tec, "/api/candidates/" + b + "/deregistration", Map.of("reason", "again", "decisionRef", "Court 2-118/27"))
                .then().statusCode(409).body("code", equalTo("CANDIDATE_STATE"));
        clock(votingDay.atStartOfDay(ElectionFixture.ALMATY).toInstant());
        post(f.tec, "/api/candidates/" + c + "/deregistration", Map.of("reason", "late", "decisionRef", "Court 3/27"))
                .then().statusCode(422).body("code", equalTo("DEREGISTRATION_CLOSED"));
        f.election(id).then().body("phase", equalTo("SILENCE"));
    }

    @Test
    void R_N8_noRegisteredCandidateLeftFailsTheElectionAndARepeatIsCalled() throws Exception {
        String id = election();
        String a = nominate(id, party1, candidate("PARTY", "M", 101)).then().statusCode(201).extract().path("id");
        post(f.tec, "/api/candidates/" + a + "/decision", Map.of("decision", "REGISTER", "reason", "ok")).then().statusCode(200);
        // one candidate: the fallback window opens at nomination close and moves registration close (R-N6)
        clock(instant(f.election(id), "calendar.nominationCloses").plusSeconds(60));
        Instant registrationCloses = instant(f.election(id), "calendar.registrationCloses");
        clock(registrationCloses.plusSeconds(60));
        f.election(id).then().body("phase", equalTo("CAMPAIGN"));
        try (var results = KafkaTopics.tail("test.saylau.results")) {
            post(party1, "/api/candidates/" + a + "/withdrawal", Map.of("reason", "illness")).then().statusCode(200);
            f.election(id).then().body("phase", equalTo("FAILED")).body("failureReason", equalTo("NO_CANDIDATES"));
            var failed = awaitType(results, id, "saylau.election.failed.v1");
            assertEquals(1, failed.size());
            JsonNode data = JSON.readTree(failed.get(0).value());
            assertEquals("NO_CANDIDATES", data.path("failureReason").asText());
            assertEquals(f.unit, data.path("unitCode").asText());
            assertEquals("/saylau/candidate-service", KafkaTopics.header(failed.get(0), "ce_source"));
        }
        // R-R5: candidate-service reads its own failure back and calls the repeat election
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("unit", f.unit).get("/api/elections")
                .then().header("X-Total-Count", "2").body("find { it.kind == 'REPEAT' }.phase", equalTo("CALLED")));
        String votingDay = given().queryParam("unit", f.unit).get("/api/elections").then().extract()
                .path("find { it.kind == 'REPEAT' }.votingDay");
        LocalDate repeat = LocalDate.parse(votingDay);
        assertEquals(java.time.DayOfWeek.SUNDAY, repeat.getDayOfWeek());
        assertTrue(!repeat.isBefore(ElectionFixture.today().plusDays(60)), repeat.toString());
    }

    @Test
    void R_N8_anElectionWithNobodyRegisteredFailsWhenRegistrationCloses() {
        String id = election();
        nominate(id, party1, candidate("PARTY", "M", 101)).then().statusCode(201);
        Instant registrationCloses = instant(f.election(id), "calendar.registrationCloses");
        clock(registrationCloses.plus(Duration.ofDays(3)));
        f.election(id).then().body("phase", equalTo("FAILED")).body("failureReason", equalTo("NO_CANDIDATES"));
    }
}
