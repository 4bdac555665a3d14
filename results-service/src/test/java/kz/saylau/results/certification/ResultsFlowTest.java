package kz.saylau.results.certification;

import static io.restassured.RestAssured.given;
import static kz.saylau.results.platform.Simulation.ALMATY;
import static kz.saylau.results.platform.Simulation.F;
import static kz.saylau.results.platform.Simulation.clock;
import static kz.saylau.results.platform.Simulation.now;
import static kz.saylau.results.platform.Simulation.send;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.saylau.platform.testing.Insider;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

/**
 * One election's figures arriving as events on the real broker, out of order and twice, then the result,
 * certification with its mandate, termination and reopening through the API.
 */
@QuarkusTest
class ResultsFlowTest {


    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String unit = "U" + run, district = "D" + run, region = "R" + run;
    final UUID election = UUID.randomUUID(), a = UUID.randomUUID(), b = UUID.randomUUID();
    final UUID optA = UUID.randomUUID(), optB = UUID.randomUUID(), optX = UUID.randomUUID();
    final String cec = Tokens.bearer(Tokens.cec());
    final String tec = Tokens.bearer(Tokens.of("tec-" + run, "tec", Map.of("district", district)));
    final String akim = Tokens.bearer(Tokens.of("akim-" + run, "district-akim", Map.of("district", district)));

    String protocol(String precinct, int version, int voters, int inBox, int invalid, int against, int va, int vb) {
        return "{\"electionId\":\"" + election + "\",\"precinctCode\":\"" + precinct + "\",\"version\":" + version
                + ",\"votersOnList\":" + voters + ",\"ballotsReceived\":" + voters + ",\"ballotsIssued\":" + inBox
                + ",\"ballotsCancelled\":" + (voters - inBox) + ",\"ballotsInBox\":" + inBox + ",\"invalidBallots\":" + invalid
                + ",\"againstAll\":" + against + ",\"votes\":[{\"candidateId\":\"" + a + "\",\"votes\":" + va
                + "},{\"candidateId\":\"" + b + "\",\"votes\":" + vb + "}]}";
    }

    Response result() {
        return given().get("/api/results/elections/" + election);
    }

    @Test
    void resultsFromEventsThenCertificationMandateTerminationAndReopening() throws Exception {
        LocalDate votingDay = now().atZone(ALMATY).toLocalDate().plusDays(40);
        Instant pollsOpen = votingDay.atTime(7, 0).atZone(ALMATY).toInstant();
        Instant pollsClose = votingDay.atTime(20, 0).atZone(ALMATY).toInstant();
        // a protocol before its election is known: kept, counted later
        send("saylau.tallies", "saylau.protocol.accepted.v1", election, protocol("P1" + run, 1, 1000, 700, 8, 10, 482, 200));
        send("saylau.territory", "saylau.precinct.registered.v1", "P1" + run,
                "{\"code\":\"P1" + run + "\",\"unitCode\":\"" + unit + "\",\"votersOnList\":1000}");
        send("saylau.territory", "saylau.precinct.registered.v1", "P2" + run,
                "{\"code\":\"P2" + run + "\",\"unitCode\":\"" + unit + "\",\"votersOnList\":800}");
        send("saylau.elections", "saylau.election.called.v1", election, "{\"id\":\"" + election + "\",\"unitCode\":\"" + unit
                + "\",\"unitName\":\"Қатаркөл\",\"districtCode\":\"" + district + "\",\"regionCode\":\"" + region
                + "\",\"kind\":\"REGULAR\",\"votingDay\":\"" + votingDay + "\",\"calendar\":{\"pollsOpen\":\"" + F.format(pollsOpen.atZone(ALMATY))
                + "\",\"pollsClose\":\"" + F.format(pollsClose.atZone(ALMATY)) + "\"}}");
        for (UUID c : new UUID[] { a, b }) {
            send("saylau.candidates", "saylau.candidate.registered.v1", election, "{\"id\":\"" + c + "\",\"electionId\":\"" + election
                    + "\",\"nominatedBy\":\"" + (c == a ? "PARTY" : "SELF") + "\",\"partyCode\":null,\"gender\":\"F\",\"status\":\"REGISTERED\"}");
        }
        send("saylau.ballots", "saylau.ballot.published.v1", election, "{\"electionId\":\"" + election + "\",\"version\":1,\"options\":["
                + "{\"optionId\":\"" + optA + "\",\"position\":1,\"kind\":\"CANDIDATE\",\"candidateId\":\"" + a + "\",\"displayName\":\"Әбенова Гүлнар\",\"affiliation\":\"Amanat\"},"
                + "{\"optionId\":\"" + optB + "\",\"position\":2,\"kind\":\"CANDIDATE\",\"candidateId\":\"" + b + "\",\"displayName\":\"Тоқаев Ерлан\",\"affiliation\":\"self-nominated\"},"
                + "{\"optionId\":\"" + optX + "\",\"position\":3,\"kind\":\"AGAINST_ALL\",\"candidateId\":null,\"displayName\":\"Against all\",\"affiliation\":\"\"}]}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> result().then().statusCode(200)
                .body("candidates.size()", equalTo(2)).body("precinctsTotal", equalTo(2)));

        // voting: turnout shows, vote counts do not (R-V3)
        clock(pollsOpen.plusSeconds(3600));
        send("saylau.tallies", "saylau.turnout.reported.v1", election, "{\"electionId\":\"" + election + "\",\"precinctCode\":\"P2"
                + run + "\",\"asOf\":\"" + F.format(pollsOpen.plusSeconds(3600).atZone(ALMATY)) + "\",\"ballotsIssued\":180}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> result().then().body("ballotsCast", equalTo(180)));
        result().then().body("status", equalTo("VOTING")).body("turnoutPct", equalTo(10.0f))
                .body("candidates[0].votes", nullValue()).body("leader", nullValue()).body("againstAll", nullValue());
        given().header("Authorization", tec).post("/api/results/elections/" + election + "/certification")
                .then().statusCode(422).body("code", equalTo("POLLS_NOT_CLOSED"));

        // counting: the correction replaces version 1; the electronic box counts with its precinct
        clock(pollsClose.plusSeconds(60));
        send("saylau.tallies", "saylau.protocol.accepted.v1", election, protocol("P1" + run, 2, 1000, 700, 8, 10, 480, 202));
        String ebox = "{\"electionId\":\"" + election + "\",\"precinctCode\":\"P1" + run + "\",\"counts\":[{\"optionId\":\"" + optA
                + "\",\"votes\":1},{\"optionId\":\"" + optB + "\",\"votes\":0},{\"optionId\":\"" + optX + "\",\"votes\":0}]}";
        String eboxId = UUID.randomUUID().toString();
        KafkaTopics.send("test.saylau.tallies", eboxId, "saylau.ebox.closed.v1", election.toString(), ebox);
        KafkaTopics.send("test.saylau.tallies", eboxId, "saylau.ebox.closed.v1", election.toString(), ebox); // twice
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> result().then()
                .body("candidates.find { it.candidateId == '" + a + "' }.votes", equalTo(481)));
        result().then().body("status", equalTo("COUNTING")).body("precinctsReporting", equalTo(1))
                .body("ballotsCast", equalTo(701)).body("turnoutPct", equalTo(70.1f)).body("invalidBallots", equalTo(8))
                .body("againstAll", equalTo(10)).body("votersOnList", equalTo(1800))
                .body("candidates.find { it.candidateId == '" + a + "' }.paper", equalTo(480))
                .body("candidates.find { it.candidateId == '" + a + "' }.electronic", equalTo(1))
                .body("candidates.find { it.candidateId == '" + a + "' }.sharePct", equalTo(69.4f))
                .body("leader.candidateId", equalTo(a.toString()));
        given().header("Authorization", tec).post("/api/results/elections/" + election + "/certification")
                .then().statusCode(422).body("code", equalTo("PRECINCTS_MISSING"));
        given().get("/api/results/elections/" + election + "/report?format=nist-1500-100").then().statusCode(200)
                .body("Status", equalTo("unofficial-partial"));
        // R-V4: both precincts' boxes were tallied at poll close; P2's count still awaits its trustees
        send("saylau.tallies", "saylau.ebox.tallied.v1", election, "{\"electionId\":\"" + election
                + "\",\"precinctCodes\":[\"P1" + run + "\",\"P2" + run + "\"],\"threshold\":2}");
        send("saylau.tallies", "saylau.protocol.accepted.v1", election, protocol("P2" + run, 1, 800, 500, 0, 0, 100, 400));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> result().then().body("precinctsReporting", equalTo(2)));
        given().header("Authorization", tec).post("/api/results/elections/" + election + "/certification")
                .then().statusCode(422).body("code", equalTo("EBOX_NOT_COUNTED"));
        send("saylau.tallies", "saylau.ebox.closed.v1", election, "{\"electionId\":\"" + election + "\",\"precinctCode\":\"P2"
                + run + "\",\"counts\":[{\"optionId\":\"" + optA + "\",\"votes\":0},{\"optionId\":\"" + optB
                + "\",\"votes\":1},{\"optionId\":\"" + optX + "\",\"votes\":0}]}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> result().then()
                .body("candidates.find { it.candidateId == '" + b + "' }.electronic", equalTo(1)));
        given().get("/api/results/elections/" + election + "/report?format=nist-1500-100").then().statusCode(200)
                .body("Status", equalTo("unofficial-complete"));

        // an ETag answers 304 while nothing changed
        String etag = result().header("ETag");
        given().header("If-None-Match", etag).get("/api/results/elections/" + election).then().statusCode(304);

        given().header("Authorization", Tokens.bearer(Tokens.of("tec-z", "tec", Map.of("district", "Z" + run))))
                .post("/api/results/elections/" + election + "/certification").then().statusCode(403);
        try (var results = KafkaTopics.tail("test.saylau.results")) {
            given().header("Authorization", tec).post("/api/results/elections/" + election + "/certification").then().statusCode(200)
                    .body("status", equalTo("CERTIFIED")).body("winner.candidateId", equalTo(b.toString()))
                    .body("winner.votes", equalTo(603));
            given().get("/api/results/elections/" + election + "/report?format=nist-1500-100").then().statusCode(200)
                    .body("Status", equalTo("certified")).body("IsTest", equalTo(true));
            var events = KafkaTopics.await(results, r -> election.toString().equals(r.key())
                    && "saylau.mandate.started.v1".equals(KafkaTopics.header(r, "ce_type")), Duration.ofSeconds(20));
            assertFalse(events.isEmpty());
            // the certified and mandate events come back to this service on saylau.results (one key, one partition,
            // certified first): once its inbox has seen the mandate's, the result is still the one answered at
            // certification, not rendered a second time
            String certified = result().header("ETag");
            for (var event : events) {
                String id = KafkaTopics.header(event, "ce_id");
                Insider.awaitHandled(id, Duration.ofSeconds(20));
            }
            assertEquals(certified, result().header("ETag"), "an own event re-rendered the certified result");
        }
        given().header("Authorization", tec).post("/api/results/elections/" + election + "/certification")
                .then().statusCode(409).body("code", equalTo("RESULT_CERTIFIED"));
        Response mandates = given().queryParam("unit", unit).queryParam("active", true).get("/api/mandates");
        mandates.then().statusCode(200).body("size()", equalTo(1)).body("[0].candidateId", equalTo(b.toString()))
                .body("[0].rehearsal", equalTo(true))
                .body("[0].akimName", equalTo("Тоқаев Ерлан"));
        String mandate = mandates.path("[0].id");
        LocalDate start = LocalDate.parse(mandates.path("[0].termStart"));
        assertEquals(start.plusYears(4), LocalDate.parse(mandates.path("[0].termEnd")));

        LocalDate today = now().atZone(ALMATY).toLocalDate();
        String path = "/api/mandates/" + mandate + "/termination";
        given().header("Authorization", akim).contentType(ContentType.JSON)
                .body(Map.of("ground", "COMMUNITY_INITIATIVE", "decisionRef", "Kenes 12/3", "decidedOn", today.plusDays(1).toString()))
                .post(path).then().statusCode(422).body("code", equalTo("DECISION_IN_FUTURE"));
        given().header("Authorization", Tokens.bearer(Tokens.of("akim-z", "district-akim", Map.of("district", "Z" + run))))
                .contentType(ContentType.JSON).body(Map.of("ground", "RESIGNATION", "decisionRef", "x", "decidedOn", today.toString()))
                .post(path).then().statusCode(403);
        try (var results = KafkaTopics.tail("test.saylau.results")) {
            given().header("Authorization", akim).contentType(ContentType.JSON)
                    .body(Map.of("ground", "COMMUNITY_INITIATIVE", "decisionRef", "Kenes 12/3", "decidedOn", today.toString()))
                    .post(path).then().statusCode(200).body("status", equalTo("TERMINATED"))
                    .body("terminationGround", equalTo("COMMUNITY_INITIATIVE"));
            var events = KafkaTopics.await(results, r -> election.toString().equals(r.key())
                    && "saylau.mandate.terminated.v1".equals(KafkaTopics.header(r, "ce_type")), Duration.ofSeconds(20));
            assertEquals(1, events.size());
        }
        given().header("Authorization", tec).contentType(ContentType.JSON)
                .body(Map.of("ground", "COURT", "decisionRef", "y", "decidedOn", today.toString()))
                .post(path).then().statusCode(409).body("code", equalTo("MANDATE_TERMINATED"));

        // the CEC reopens: counting again
        given().header("Authorization", tec).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/results/elections/" + election + "/reopening").then().statusCode(403);
        given().header("Authorization", cec).contentType(ContentType.JSON).body(Map.of("reason", "appeal upheld"))
                .post("/api/results/elections/" + election + "/reopening").then().statusCode(200).body("status", equalTo("COUNTING"));
        // the NIST report calls a reopened result a correction until it is decided again
        given().get("/api/results/elections/" + election + "/report?format=nist-1500-100").then().statusCode(200)
                .body("Status", equalTo("correction"));
        given().header("Authorization", cec).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/results/elections/" + election + "/reopening").then().statusCode(409).body("code", equalTo("RESULT_NOT_CERTIFIED"));
    }

    @Test
    void aTieFailsTheElectionAtCertification() throws Exception {
        UUID e = UUID.randomUUID();
        LocalDate votingDay = now().atZone(ALMATY).toLocalDate().plusDays(40);
        Instant close = votingDay.atTime(20, 0).atZone(ALMATY).toInstant();
        send("saylau.territory", "saylau.precinct.registered.v1", "T" + run, "{\"code\":\"T" + run + "\",\"unitCode\":\"T" + unit + "\",\"votersOnList\":100}");
        send("saylau.elections", "saylau.election.called.v1", e, "{\"id\":\"" + e + "\",\"unitCode\":\"T" + unit + "\",\"districtCode\":\""
                + district + "\",\"regionCode\":\"" + region + "\",\"votingDay\":\"" + votingDay + "\",\"calendar\":{\"pollsOpen\":\""
                + F.format(close.minusSeconds(13 * 3600).atZone(ALMATY)) + "\",\"pollsClose\":\"" + F.format(close.atZone(ALMATY)) + "\"}}");
        send("saylau.ballots", "saylau.ballot.published.v1", e, "{\"electionId\":\"" + e + "\",\"version\":1,\"options\":["
                + "{\"optionId\":\"" + UUID.randomUUID() + "\",\"position\":1,\"kind\":\"CANDIDATE\",\"candidateId\":\"" + a + "\",\"displayName\":\"A\",\"affiliation\":\"x\"},"
                + "{\"optionId\":\"" + UUID.randomUUID() + "\",\"position\":2,\"kind\":\"CANDIDATE\",\"candidateId\":\"" + b + "\",\"displayName\":\"B\",\"affiliation\":\"y\"}]}");
        send("saylau.tallies", "saylau.protocol.accepted.v1", e, ("{\"electionId\":\"" + e + "\",\"precinctCode\":\"T" + run + "\",\"version\":1,"
                + "\"votersOnList\":100,\"ballotsIssued\":60,\"ballotsInBox\":60,\"invalidBallots\":0,\"againstAll\":0,\"votes\":["
                + "{\"candidateId\":\"" + a + "\",\"votes\":30},{\"candidateId\":\"" + b + "\",\"votes\":30}]}"));
        clock(close.plusSeconds(60));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/results/elections/" + e).then()
                .statusCode(200).body("precinctsReporting", equalTo(1)).body("candidates.size()", equalTo(2)));
        given().get("/api/results/elections/" + e).then().body("leader", nullValue());
        try (var results = KafkaTopics.tail("test.saylau.results")) {
            given().header("Authorization", tec).post("/api/results/elections/" + e + "/certification").then().statusCode(200)
                    .body("status", equalTo("FAILED")).body("failureReason", equalTo("TIE")).body("winner", nullValue());
            var failed = KafkaTopics.await(results, r -> e.toString().equals(r.key())
                    && "saylau.election.failed.v1".equals(KafkaTopics.header(r, "ce_type")), Duration.ofSeconds(20));
            assertFalse(failed.isEmpty());
        }
        given().queryParam("unit", "T" + unit).get("/api/mandates").then().body("size()", equalTo(0));
    }

    /** The election event of {@code id} for the unit {@code unitCode}, polls on {@code votingDay} 07:00–20:00. */
    void called(UUID id, String unitCode, LocalDate votingDay) throws Exception {
        send("saylau.elections", "saylau.election.called.v1", id, "{\"id\":\"" + id + "\",\"unitCode\":\"" + unitCode
                + "\",\"districtCode\":\"" + district + "\",\"regionCode\":\"" + region + "\",\"votingDay\":\"" + votingDay
                + "\",\"calendar\":{\"pollsOpen\":\"" + F.format(votingDay.atTime(7, 0).atZone(ALMATY))
                + "\",\"pollsClose\":\"" + F.format(votingDay.atTime(20, 0).atZone(ALMATY)) + "\"}}");
    }

    /**
     * R-T2, issue 19 #4: a precinct closed before an election's polls opened is neither reporting nor missing in it, so
     * the election certifies without it; an earlier election, whose polls opened before the closure, still counts it.
     */
    @Test
    void R_T2_aClosedPrecinctIsNotMissingFromTheElectionsAfterItsClosure() throws Exception {
        String u = "C" + unit, kept = "CK" + run, gone = "CG" + run;
        LocalDate earlierDay = now().atZone(ALMATY).toLocalDate().plusDays(35);
        LocalDate votingDay = earlierDay.plusDays(40);
        UUID earlier = UUID.randomUUID(), later = UUID.randomUUID();
        send("saylau.territory", "saylau.precinct.registered.v1", kept, "{\"code\":\"" + kept + "\",\"unitCode\":\"" + u + "\",\"votersOnList\":100}");
        send("saylau.territory", "saylau.precinct.registered.v1", gone, "{\"code\":\"" + gone + "\",\"unitCode\":\"" + u + "\",\"votersOnList\":300}");
        called(earlier, u, earlierDay);
        called(later, u, votingDay);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/results/elections/" + later).then()
                .statusCode(200).body("precinctsTotal", equalTo(2)).body("votersOnList", equalTo(400)));
        // closed between the two voting days
        send("saylau.territory", "saylau.precinct.closed.v1", gone, "{\"code\":\"" + gone + "\",\"unitCode\":\"" + u
                + "\",\"votersOnList\":300,\"closedAt\":\"" + F.format(earlierDay.plusDays(3).atTime(10, 0).atZone(ALMATY))
                + "\",\"closureReason\":\"merged\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/results/elections/" + later).then()
                .body("precinctsTotal", equalTo(1)).body("votersOnList", equalTo(100)));
        given().get("/api/results/elections/" + earlier).then().body("precinctsTotal", equalTo(2)).body("votersOnList", equalTo(400));
        given().get("/api/results/elections/" + later + "/precincts").then().statusCode(200).body("size()", equalTo(1))
                .body("[0].precinctCode", equalTo(kept));
        given().get("/api/results/elections/" + earlier + "/precincts?reported=false").then().body("size()", equalTo(2));

        send("saylau.ballots", "saylau.ballot.published.v1", later, "{\"electionId\":\"" + later + "\",\"version\":1,\"options\":["
                + "{\"optionId\":\"" + UUID.randomUUID() + "\",\"position\":1,\"kind\":\"CANDIDATE\",\"candidateId\":\"" + a + "\",\"displayName\":\"A\",\"affiliation\":\"x\"}]}");
        send("saylau.tallies", "saylau.protocol.accepted.v1", later, "{\"electionId\":\"" + later + "\",\"precinctCode\":\"" + kept
                + "\",\"version\":1,\"votersOnList\":100,\"ballotsIssued\":60,\"ballotsInBox\":60,\"invalidBallots\":0,"
                + "\"againstAll\":0,\"votes\":[{\"candidateId\":\"" + a + "\",\"votes\":60}]}");
        clock(votingDay.atTime(20, 1).atZone(ALMATY).toInstant());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/results/elections/" + later).then()
                .body("precinctsReporting", equalTo(1)));
        given().header("Authorization", tec).post("/api/results/elections/" + later + "/certification").then().statusCode(200)
                .body("status", equalTo("CERTIFIED")).body("precinctsTotal", equalTo(1));
        // the earlier election still waits for both its precincts
        given().header("Authorization", tec).post("/api/results/elections/" + earlier + "/certification").then().statusCode(422)
                .body("code", equalTo("PRECINCTS_MISSING"));
    }

    /** R-T3: a renaming of the unit reaches an undecided election's result; a decided one keeps the name it had. */
    @Test
    void R_T3_aDecidedResultKeepsTheNameItsUnitHadOnVotingDay() throws Exception {
        UUID e = UUID.randomUUID();
        LocalDate votingDay = now().atZone(ALMATY).toLocalDate().plusDays(40);
        String u = "N" + unit;
        String called = "{\"id\":\"" + e + "\",\"unitCode\":\"" + u + "\",\"unitName\":\"%s\",\"districtCode\":\""
                + district + "\",\"regionCode\":\"" + region + "\",\"votingDay\":\"" + votingDay + "\",\"calendar\":{\"pollsOpen\":\""
                + F.format(votingDay.atTime(7, 0).atZone(ALMATY)) + "\",\"pollsClose\":\"" + F.format(votingDay.atTime(20, 0).atZone(ALMATY)) + "\"}}";
        send("saylau.elections", "saylau.election.called.v1", e, called.formatted("Қарабұлақ ауылдық округі"));
        send("saylau.elections", "saylau.election.calendar-changed.v1", e, called.formatted("Қарабұлақ а.о."));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/results/elections/" + e).then()
                .statusCode(200).body("unitName", equalTo("Қарабұлақ а.о.")));
        send("saylau.results", "saylau.election.failed.v1", e, "{\"electionId\":\"" + e + "\",\"unitCode\":\"" + u
                + "\",\"failureReason\":\"NO_CANDIDATES\",\"failedOn\":\"" + votingDay.minusDays(21) + "\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/results/elections/" + e).then()
                .body("status", equalTo("FAILED")));
        // renamed after the decision: read (its inbox row says so) and not taken
        String renaming = UUID.randomUUID().toString();
        KafkaTopics.send("test.saylau.elections", renaming, "saylau.election.calendar-changed.v1", e.toString(),
                called.formatted("Жаңа атау"));
        Insider.awaitHandled(renaming, Duration.ofSeconds(30));
        given().get("/api/results/elections/" + e).then().body("unitName", equalTo("Қарабұлақ а.о.")).body("status", equalTo("FAILED"));
    }
}
