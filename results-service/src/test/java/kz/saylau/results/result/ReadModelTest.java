package kz.saylau.results.result;

import static io.restassured.RestAssured.given;
import static kz.saylau.results.platform.Simulation.ALMATY;
import static kz.saylau.results.platform.Simulation.F;
import static kz.saylau.results.platform.Simulation.clock;
import static kz.saylau.results.platform.Simulation.now;
import static kz.saylau.results.platform.Simulation.send;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import kz.saylau.platform.testing.Tokens;

/**
 * What the press, observers and researchers read, built from events on the real broker: the precincts still
 * missing, the delta feed, the day's summary, anomaly flags (R-X3), analytics and the NIST SP 1500-100 report,
 * validated against the official schema.
 */
@QuarkusTest
class ReadModelTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ResultSnapshots snapshots;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String unit = "U" + run, district = "D" + run, region = "R" + run, p1 = "P1" + run, p2 = "P2" + run;
    final UUID election = UUID.randomUUID(), a = UUID.randomUUID(), b = UUID.randomUUID(), refused = UUID.randomUUID(),
            withdrawn = UUID.randomUUID(), optA = UUID.randomUUID(), optB = UUID.randomUUID(), optX = UUID.randomUUID();

    void candidate(UUID id, String status, String nominatedBy, String party, String gender) throws Exception {
        send("saylau.candidates", "saylau.candidate." + status.toLowerCase() + ".v1", election, "{\"id\":\"" + id
                + "\",\"electionId\":\"" + election + "\",\"lastName\":\"Surname" + gender + "\",\"firstName\":\"Name\","
                + "\"nominatedBy\":\"" + nominatedBy + "\",\"partyCode\":" + (party == null ? "null" : "\"" + party + "\"")
                + ",\"partyName\":" + (party == null ? "null" : "\"Party " + party + "\"") + ",\"gender\":\"" + gender
                + "\",\"status\":\"" + status + "\",\"personKey\":\"key-" + id + "\"}");
    }

    String protocol(String precinct, int voters, int inBox, int invalid, int against, int va, int vb) {
        return "{\"electionId\":\"" + election + "\",\"precinctCode\":\"" + precinct + "\",\"version\":1,\"votersOnList\":"
                + voters + ",\"ballotsIssued\":" + inBox + ",\"ballotsInBox\":" + inBox + ",\"invalidBallots\":" + invalid
                + ",\"againstAll\":" + against + ",\"votes\":[{\"candidateId\":\"" + a + "\",\"votes\":" + va
                + "},{\"candidateId\":\"" + b + "\",\"votes\":" + vb + "}]}";
    }

    /** Calls election {@code id} in this test's unit: polls open 07:00 and close 20:00 on the day; returns the close. */
    Instant called(UUID id, LocalDate votingDay) throws Exception {
        Instant close = votingDay.atTime(20, 0).atZone(ALMATY).toInstant();
        send("saylau.elections", "saylau.election.called.v1", id, "{\"id\":\"" + id + "\",\"unitCode\":\"" + unit
                + "\",\"districtCode\":\"" + district + "\",\"regionCode\":\"" + region + "\",\"votingDay\":\"" + votingDay
                + "\",\"calendar\":{\"pollsOpen\":\"" + F.format(close.minusSeconds(13 * 3600).atZone(ALMATY))
                + "\",\"pollsClose\":\"" + F.format(close.atZone(ALMATY)) + "\"}}");
        return close;
    }

    JsonPath changes(long since) {
        return given().queryParam("since", since).get("/api/results/changes").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void missingPrecinctsDeltaFeedSummaryAnomaliesAnalyticsAndTheNistReport() throws Exception {
        LocalDate votingDay = now().atZone(ALMATY).toLocalDate().plusDays(50);
        Instant pollsOpen = votingDay.atTime(7, 0).atZone(ALMATY).toInstant();
        Instant pollsClose = votingDay.atTime(20, 0).atZone(ALMATY).toInstant();
        for (String[] p : new String[][] { { p1, "1000" }, { p2, "800" } }) {
            send("saylau.territory", "saylau.precinct.registered.v1", p[0],
                    "{\"code\":\"" + p[0] + "\",\"unitCode\":\"" + unit + "\",\"votersOnList\":" + p[1] + "}");
        }
        send("saylau.elections", "saylau.election.called.v1", election, "{\"id\":\"" + election + "\",\"unitCode\":\"" + unit
                + "\",\"unitName\":\"Ақсу\",\"unitNameRu\":\"Аксу\",\"districtCode\":\"" + district + "\",\"districtName\":\"Ақсу ауданы\",\"regionCode\":\""
                + region + "\",\"regionName\":\"Абай облысы\",\"regionNameRu\":\"Абайская область\",\"kind\":\"REGULAR\",\"votingDay\":\"" + votingDay
                + "\",\"calendar\":{\"pollsOpen\":\"" + F.format(pollsOpen.atZone(ALMATY)) + "\",\"pollsClose\":\""
                + F.format(pollsClose.atZone(ALMATY)) + "\"}}");
        candidate(a, "NOMINATED", "PARTY", "AMANAT", "F");
        candidate(a, "REGISTERED", "PARTY", "AMANAT", "F");
        candidate(b, "REGISTERED", "SELF", null, "M");
        candidate(refused, "REFUSED", "SELF", null, "F");           // refused: never counted
        candidate(withdrawn, "NOMINATED", "DISTRICT_AKIM", null, "M");
        candidate(withdrawn, "WITHDRAWN", "DISTRICT_AKIM", null, "M"); // withdrew before registration: not counted
        send("saylau.ballots", "saylau.ballot.published.v1", election, "{\"electionId\":\"" + election + "\",\"version\":1,\"options\":["
                + "{\"optionId\":\"" + optA + "\",\"position\":1,\"kind\":\"CANDIDATE\",\"candidateId\":\"" + a + "\",\"displayName\":\"SurnameF Name\",\"affiliation\":\"Party AMANAT\"},"
                + "{\"optionId\":\"" + optB + "\",\"position\":2,\"kind\":\"CANDIDATE\",\"candidateId\":\"" + b + "\",\"displayName\":\"SurnameM Name\",\"displayNameRu\":\"ФамилияМ Имя\",\"affiliation\":\"self-nominated\"},"
                + "{\"optionId\":\"" + optX + "\",\"position\":3,\"kind\":\"AGAINST_ALL\",\"candidateId\":null,\"displayName\":\"Against all\",\"affiliation\":\"\"}]}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/results/elections/" + election)
                .then().statusCode(200).body("candidates.size()", equalTo(2)).body("precinctsTotal", equalTo(2)));

        // before the polls close the report is not public
        given().get("/api/results/elections/" + election + "/report?format=nist-1500-100").then().statusCode(422)
                .body("code", equalTo("POLLS_NOT_CLOSED"));

        clock(pollsClose.plusSeconds(60));
        send("saylau.tallies", "saylau.ebox.closed.v1", election, "{\"electionId\":\"" + election + "\",\"precinctCode\":\""
                + p1 + "\",\"counts\":[{\"optionId\":\"" + optA + "\",\"votes\":3},{\"optionId\":\"" + optB
                + "\",\"votes\":2},{\"optionId\":\"" + optX + "\",\"votes\":1}]}");
        send("saylau.tallies", "saylau.protocol.accepted.v1", election, protocol(p1, 1000, 700, 80, 10, 410, 200));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/results/elections/" + election)
                .then().body("precinctsReporting", equalTo(1)));

        // issue 19 #7: the result's own words follow Accept-Language, with an ETag of their own; the figures do not move
        var en = given().get("/api/results/elections/" + election);
        en.then().header("Content-Language", "en").body("statusLabel", equalTo("counting"));
        var kk = given().header("Accept-Language", "kk").get("/api/results/elections/" + election);
        kk.then().statusCode(200).header("Content-Language", "kk").header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"))
                .body("status", equalTo("COUNTING")).body("statusLabel", equalTo("дауыстарды санау"))
                .body("candidates.find { it.candidateId == '" + b + "' }.affiliation", equalTo("өзін-өзі ұсынған"))
                .body("candidates.find { it.candidateId == '" + a + "' }.affiliation", equalTo("Party AMANAT"));
        assertEquals(en.jsonPath().getList("candidates.votes"), kk.jsonPath().getList("candidates.votes"));
        org.junit.jupiter.api.Assertions.assertNotEquals(en.header("ETag"), kk.header("ETag"));
        given().header("Accept-Language", "kk").header("If-None-Match", kk.header("ETag")).get("/api/results/elections/" + election)
                .then().statusCode(304);
        // the Kazakh version's ETag does not make an English reader's copy current
        given().header("If-None-Match", kk.header("ETag")).get("/api/results/elections/" + election).then().statusCode(200)
                .body("statusLabel", equalTo("counting"));

        // the precincts still missing, and the reported one with its figures and flags
        given().queryParam("reported", false).get("/api/results/elections/" + election + "/precincts").then().statusCode(200)
                .body("precinctCode", contains(p2)).body("[0].reported", equalTo(false)).body("[0].votersOnList", equalTo(800));
        given().queryParam("reported", true).get("/api/results/elections/" + election + "/precincts").then().statusCode(200)
                .body("precinctCode", contains(p1)).body("[0].ballotsInBox", equalTo(700))
                .body("[0].votes.find { it.candidateId == '" + a + "' }.votes", equalTo(410))
                .body("[0].electronic.find { it.optionId == '" + optA + "' }.votes", equalTo(3))
                .body("[0].flags.code", contains("INVALID_HIGH"));
        given().queryParam("reported", "perhaps").get("/api/results/elections/" + election + "/precincts").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        // a list like any other (api.md "Lists"): its length in X-Total-Count, a page at a time
        given().queryParam("size", 1).get("/api/results/elections/" + election + "/precincts").then().statusCode(200)
                .header("X-Total-Count", "2").body("size()", equalTo(1)).body("[0].precinctCode", equalTo(p1.compareTo(p2) < 0 ? p1 : p2));
        given().queryParam("size", 1).queryParam("page", 1).get("/api/results/elections/" + election + "/precincts").then()
                .header("X-Total-Count", "2").body("[0].precinctCode", equalTo(p1.compareTo(p2) < 0 ? p2 : p1));
        given().queryParam("size", 501).get("/api/results/elections/" + election + "/precincts").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));

        // the delta feed: everything from 0 includes this election; asking again with the answer's sequence is empty
        JsonPath all = changes(0);
        assertTrue(all.getList("results.electionId").contains(election.toString()));
        long sequence = all.getLong("sequence");
        JsonPath none = changes(sequence);
        assertEquals(sequence, none.getLong("sequence"));
        given().queryParam("since", -1).get("/api/results/changes").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));

        send("saylau.tallies", "saylau.protocol.accepted.v1", election, protocol(p2, 800, 500, 0, 0, 100, 400));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath next = changes(sequence);
            assertTrue(next.getLong("sequence") > sequence);
            assertEquals(List.of(2), next.getList("results.findAll { it.electionId == '" + election + "' }.precinctsReporting"));
        });

        // the day's summary for the region: 1,806 ballots cast (1,200 paper, 6 electronic) of 1,800 on the list
        given().queryParam("votingDay", votingDay.toString()).queryParam("region", region).get("/api/results/summary").then()
                .statusCode(200).body("elections", equalTo(1)).body("precinctsTotal", equalTo(2))
                .body("precinctsReporting", equalTo(2)).body("votersOnList", equalTo(1800)).body("ballotsCast", equalTo(1206))
                .body("turnoutPct", equalTo(67.0f)).body("byRegion[0].regionCode", equalTo(region))
                .body("byRegion[0].regionName", equalTo("Абай облысы")).body("rehearsal", equalTo(true));
        given().get("/api/results/summary").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));

        // R-X3: the flags of the day, for the district
        given().queryParam("votingDay", votingDay.toString()).queryParam("district", district).get("/api/results/anomalies")
                .then().statusCode(200).body("precinctCode", contains(p1)).body("[0].electionId", equalTo(election.toString()))
                .body("[0].flags.code", hasItem("INVALID_HIGH")).body("[0].rehearsal", equalTo(true));

        String tec = Tokens.bearer(Tokens.of("tec-" + run, "tec", Map.of("district", district)));
        given().header("Authorization", tec).post("/api/results/elections/" + election + "/certification").then()
                .statusCode(200).body("status", equalTo("CERTIFIED")).body("winner.candidateId", equalTo(b.toString()));

        // analytics: two registered candidates (one woman, one party nominee); the refused and the early withdrawal never count
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().queryParam("votingDay", votingDay.toString())
                .queryParam("groupBy", "region").get("/api/analytics/nominations").then().statusCode(200)
                .body("find { it.key == '" + region + "' }.candidates", equalTo(2)));
        given().queryParam("votingDay", votingDay.toString()).queryParam("groupBy", "region").get("/api/analytics/nominations")
                .then().body("find { it.key == '" + region + "' }.party", equalTo(1))
                .body("find { it.key == '" + region + "' }.self", equalTo(1))
                .body("find { it.key == '" + region + "' }.districtAkim", equalTo(0))
                .body("find { it.key == '" + region + "' }.women", equalTo(1))
                .body("find { it.key == '" + region + "' }.womenSharePct", equalTo(50.0f))
                .body("key", hasItem("ALL")).body("rehearsal", everyItem(equalTo(true)));
        given().queryParam("votingDay", votingDay.toString()).queryParam("groupBy", "region").get("/api/analytics/winners")
                .then().statusCode(200).body("find { it.key == '" + region + "' }.seats", equalTo(1))
                .body("rehearsal", everyItem(equalTo(true)));
        given().queryParam("votingDay", votingDay + ".." + votingDay).queryParam("groupBy", "party")
                .get("/api/analytics/winners").then().statusCode(200).body("key", hasItem("SELF"));
        given().queryParam("votingDay", votingDay.toString()).queryParam("groupBy", "shoe-size").get("/api/analytics/winners")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));

        // the NIST SP 1500-100 report: valid against the official schema, precinct-level, certified, a rehearsal
        String report = given().get("/api/results/elections/" + election + "/report?format=nist-1500-100").then()
                .statusCode(200).extract().asString();
        JsonNode doc = JSON.readTree(report);
        Set<ValidationMessage> problems = schema().validate(doc);
        assertEquals(Set.of(), problems, "the report must validate against NIST_V2_election_results_reporting.json");
        assertEquals("certified", doc.path("Status").asText());
        assertTrue(doc.path("IsTest").asBoolean());
        // issue 19 #7: Russian names where the register has them, beside the Kazakh ones; only Kazakh where it has none
        Map<String, Map<String, String>> names = new java.util.HashMap<>();
        for (JsonNode u : doc.path("GpUnit")) {
            Map<String, String> byLanguage = new java.util.HashMap<>();
            u.path("Name").path("Text").forEach(t -> byLanguage.put(t.path("Language").asText(), t.path("Content").asText()));
            names.put(u.path("@id").asText(), byLanguage);
        }
        assertEquals(Map.of("kk", "Ақсу", "ru", "Аксу"), names.get("gpu-" + unit));
        assertEquals(Map.of("kk", "Абай облысы", "ru", "Абайская область"), names.get("gpu-" + region));
        assertEquals(Map.of("kk", "Ақсу ауданы"), names.get("gpu-" + district));
        Map<String, String> ballotNames = new java.util.HashMap<>();
        for (JsonNode c : doc.path("Election").get(0).path("Candidate")) {
            c.path("BallotName").path("Text").forEach(t -> ballotNames.merge(t.path("Language").asText(), t.path("Content").asText(),
                    (x, y) -> x + "|" + y));
        }
        assertEquals("ФамилияМ Имя", ballotNames.get("ru"));
        JsonNode contest = doc.path("Election").get(0).path("Contest").get(0);
        assertEquals(2, contest.path("TotalSubUnits").asInt());
        assertEquals(2, contest.path("SubUnitsReported").asInt());
        long paperForA = 0;
        for (JsonNode selection : contest.path("ContestSelection")) {
            if (selection.path("CandidateIds").toString().contains(a.toString())) {
                for (JsonNode count : selection.path("VoteCounts")) {
                    if ("election-day".equals(count.path("Type").asText())) {
                        paperForA += count.path("Count").asLong();
                    }
                }
            }
        }
        assertEquals(510, paperForA);
        String day = given().queryParam("votingDay", votingDay.toString()).get("/api/results/report").then().statusCode(200)
                .extract().asString();
        assertEquals(Set.of(), schema().validate(JSON.readTree(day)));
        assertTrue(day.contains("contest-" + election));
    }

    @Test
    void badEventsAmongGoodOnesAreRejectedAloneAndTheOthersCount() throws Exception {
        Instant close = called(election, now().atZone(ALMATY).toLocalDate().plusDays(60));
        // sent back to back, so the consumer likely polls them together: one transaction, until the bad one fails it
        send("saylau.tallies", "saylau.protocol.accepted.v1", election, protocol(p1, 100, 50, 0, 0, 30, 20));
        send("saylau.tallies", "saylau.protocol.accepted.v1", election, "{\"electionId\":\"" + election + "\",\"version\":1}");
        // one the database refuses (a precinct code longer than any precinct's): rejected too, the channel goes on
        send("saylau.tallies", "saylau.protocol.accepted.v1", election, protocol("P".repeat(40), 100, 10, 0, 0, 5, 5));
        send("saylau.tallies", "saylau.protocol.accepted.v1", election, protocol(p2, 100, 60, 0, 0, 10, 50));
        clock(close.plusSeconds(60));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/results/elections/" + election)
                .then().statusCode(200).body("precinctsReporting", equalTo(2)).body("ballotsCast", equalTo(110)));
    }

    @Test
    void aResultIsRenderedAsOfOneInstantItsFiguresAndItsPhaseAlike() throws Exception {
        Instant close = called(election, now().atZone(ALMATY).toLocalDate().plusDays(70));
        send("saylau.tallies", "saylau.protocol.accepted.v1", election, protocol(p1, 100, 50, 0, 0, 30, 20));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/results/elections/" + election)
                .then().statusCode(200).body("precinctsReporting", equalTo(1)));
        // the snapshot of a clock that passes the close while it renders: before the fix the figures were read
        // before the close and the label after it, so dashboards saw "closed" with the ballots still embargoed
        ResultSnapshots.Snapshot justBefore = QuarkusTransaction.requiringNew()
                .call(() -> snapshots.render(election, close.minusMillis(1)));
        assertEquals("VOTING", justBefore.phase());
        assertEquals(Long.valueOf(0), justBefore.result().ballotsCast(), "no turnout reported: nothing shows before the close (R-V3)");
        ResultSnapshots.Snapshot justAfter = QuarkusTransaction.requiringNew().call(() -> snapshots.render(election, close));
        assertEquals("CLOSED", justAfter.phase());
        assertEquals(Long.valueOf(50), justAfter.result().ballotsCast());
    }

    @Test
    void aWinnerWhoHeldTheMandateBeforeIsCountedReelected() throws Exception {
        LocalDate first = now().atZone(ALMATY).toLocalDate().plusDays(80), second = first.plusDays(7);
        UUID e1 = UUID.randomUUID(), e2 = UUID.randomUUID(), incumbent1 = UUID.randomUUID(), incumbent2 = UUID.randomUUID(),
                challenger = UUID.randomUUID();
        send("saylau.territory", "saylau.precinct.registered.v1", p1,
                "{\"code\":\"" + p1 + "\",\"unitCode\":\"" + unit + "\",\"votersOnList\":100}");
        Map<UUID, List<UUID[]>> ballots = Map.of(e1, List.<UUID[]>of(new UUID[] { incumbent1, UUID.randomUUID() }),
                e2, List.<UUID[]>of(new UUID[] { incumbent2, UUID.randomUUID() }, new UUID[] { challenger, UUID.randomUUID() }));
        for (UUID e : List.of(e1, e2)) {
            called(e, e == e1 ? first : second);
            StringBuilder options = new StringBuilder(), votes = new StringBuilder();
            int position = 1;
            for (UUID[] c : ballots.get(e)) {
                // the same person in both elections: the same personKey (a keyed hash of the IIN)
                String key = c[0] == challenger ? "key-" + c[0] : "key-incumbent-" + run;
                send("saylau.candidates", "saylau.candidate.registered.v1", e, "{\"id\":\"" + c[0] + "\",\"electionId\":\""
                        + e + "\",\"nominatedBy\":\"SELF\",\"gender\":\"M\",\"status\":\"REGISTERED\",\"personKey\":\"" + key + "\"}");
                options.append(options.length() > 0 ? "," : "").append("{\"optionId\":\"").append(c[1])
                        .append("\",\"position\":").append(position++).append(",\"kind\":\"CANDIDATE\",\"candidateId\":\"")
                        .append(c[0]).append("\",\"displayName\":\"X\",\"affiliation\":\"self\"}");
                votes.append(votes.length() > 0 ? "," : "").append("{\"candidateId\":\"").append(c[0])
                        .append("\",\"votes\":").append(c[0] == challenger ? 5 : 20).append('}');
            }
            send("saylau.ballots", "saylau.ballot.published.v1", e, "{\"electionId\":\"" + e + "\",\"version\":1,\"options\":["
                    + options + "]}");
            long cast = e == e1 ? 20 : 25;
            send("saylau.tallies", "saylau.protocol.accepted.v1", e, "{\"electionId\":\"" + e + "\",\"precinctCode\":\"" + p1
                    + "\",\"version\":1,\"votersOnList\":100,\"ballotsIssued\":" + cast + ",\"ballotsInBox\":" + cast
                    + ",\"invalidBallots\":0,\"againstAll\":0,\"votes\":[" + votes + "]}");
        }
        clock(second.atTime(20, 1).atZone(ALMATY).toInstant());
        String tec = Tokens.bearer(Tokens.of("tec-" + run, "tec", Map.of("district", district)));
        for (UUID e : List.of(e1, e2)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/results/elections/" + e).then()
                    .body("precinctsReporting", equalTo(1)).body("candidates.size()", equalTo(e == e1 ? 1 : 2)));
            given().header("Authorization", tec).post("/api/results/elections/" + e + "/certification").then()
                    .statusCode(200).body("status", equalTo("CERTIFIED"));
        }
        given().queryParam("votingDay", second.toString()).get("/api/analytics/incumbents").then().statusCode(200)
                .body("reelected", equalTo(1)).body("winners", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("rehearsal", equalTo(true));
        given().queryParam("votingDay", first.toString()).get("/api/analytics/incumbents").then().statusCode(200)
                .body("reelected", equalTo(0));
    }

    static JsonSchema schema() throws Exception {
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("../docs/contract/nist/NIST_V2_election_results_reporting.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    @Test
    void summaryAnswersIfNoneMatchWith304() {
        String day = now().atZone(ALMATY).toLocalDate().plusDays(300).toString();
        String etag = given().queryParam("votingDay", day).get("/api/results/summary").then().statusCode(200)
                .body("elections", equalTo(0)).body("byRegion", empty()).extract().header("ETag");
        given().queryParam("votingDay", day).header("If-None-Match", etag).get("/api/results/summary").then().statusCode(304);
    }
}
