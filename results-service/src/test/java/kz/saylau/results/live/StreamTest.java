package kz.saylau.results.live;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

/** The live stream with a real HTTP client: the current result on connect, turnout as it comes, resume by Last-Event-ID. */
@QuarkusTest
class StreamTest {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final DateTimeFormatter F = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    /** Reads a stream in the background: every line it sends. */
    static final class Reader implements AutoCloseable {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final Thread thread;
        volatile java.io.InputStream body;

        Reader(String url, String lastEventId) {
            thread = new Thread(() -> {
                try {
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
                    if (lastEventId != null) {
                        b.header("Last-Event-ID", lastEventId);
                    }
                    HttpResponse<java.io.InputStream> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
                    body = r.body();
                    BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
                    for (String line; (line = in.readLine()) != null;) {
                        lines.add(line);
                    }
                } catch (Exception closed) {
                    // closed by the test
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        String lastId() {
            return lines.stream().filter(l -> l.startsWith("id:")).reduce((a, b) -> b).map(l -> l.substring(3).trim()).orElse(null);
        }

        boolean saw(String event, String text) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).equals("event:" + event) || lines.get(i).equals("event: " + event)) {
                    for (int j = i; j < Math.min(lines.size(), i + 4); j++) {
                        if (lines.get(j).startsWith("data:") && lines.get(j).contains(text)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        @Override
        public void close() throws Exception {
            if (body != null) {
                body.close();
            }
            thread.interrupt();
        }
    }

    @Test
    void anUnfilteredStreamOpensWithEveryElectionDecidedOnesToo() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID election = UUID.randomUUID();
        LocalDate votingDay = OffsetDateTime.parse(given().header("Authorization", Tokens.bearer(Tokens.cec()))
                .get("/internal/clock").then().extract().path("now")).toInstant().atZone(ALMATY).toLocalDate().plusDays(40);
        Instant open = votingDay.atTime(7, 0).atZone(ALMATY).toInstant();
        KafkaTopics.send("test.saylau.elections", UUID.randomUUID().toString(), "saylau.election.called.v1", election.toString(),
                "{\"id\":\"" + election + "\",\"unitCode\":\"U" + run + "\",\"districtCode\":\"D" + run + "\",\"regionCode\":\"R" + run
                        + "\",\"votingDay\":\"" + votingDay + "\",\"calendar\":{\"pollsOpen\":\"" + F.format(open.atZone(ALMATY))
                        + "\",\"pollsClose\":\"" + F.format(open.plusSeconds(13 * 3600).atZone(ALMATY)) + "\"}}");
        // candidate-service fails it before voting day: nobody stood (R-N8)
        KafkaTopics.send("test.saylau.results", UUID.randomUUID().toString(), "saylau.election.failed.v1", election.toString(),
                "{\"electionId\":\"" + election + "\",\"unitCode\":\"U" + run + "\",\"failureReason\":\"NO_CANDIDATES\",\"failedOn\":\""
                        + votingDay.minusDays(20) + "\"}", Map.of("ce_source", "/saylau/candidate-service"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/results/elections/" + election).then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("FAILED")));
        try (Reader stream = new Reader("http://localhost:" + RestAssured.port + "/api/results/stream", null)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> stream.saw("result", election.toString()));
        }
    }

    @Test
    void currentResultOnConnectTurnoutAsItComesAndResumeByLastEventId() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID election = UUID.randomUUID();
        Instant now = OffsetDateTime.parse(given().header("Authorization", Tokens.bearer(Tokens.cec())).get("/internal/clock")
                .then().extract().path("now")).toInstant();
        LocalDate votingDay = now.atZone(ALMATY).toLocalDate().plusDays(40);
        Instant open = votingDay.atTime(7, 0).atZone(ALMATY).toInstant();
        KafkaTopics.send("test.saylau.territory", UUID.randomUUID().toString(), "saylau.precinct.registered.v1", "S" + run,
                "{\"code\":\"S" + run + "\",\"unitCode\":\"U" + run + "\",\"votersOnList\":1000}");
        KafkaTopics.send("test.saylau.elections", UUID.randomUUID().toString(), "saylau.election.called.v1", election.toString(),
                "{\"id\":\"" + election + "\",\"unitCode\":\"U" + run + "\",\"districtCode\":\"D" + run + "\",\"regionCode\":\"R" + run
                        + "\",\"votingDay\":\"" + votingDay + "\",\"calendar\":{\"pollsOpen\":\"" + F.format(open.atZone(ALMATY))
                        + "\",\"pollsClose\":\"" + F.format(open.plusSeconds(13 * 3600).atZone(ALMATY)) + "\"}}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/results/elections/" + election).then().statusCode(200));
        given().header("Authorization", Tokens.bearer(Tokens.cec())).contentType(ContentType.JSON)
                .body(Map.of("now", F.format(open.plusSeconds(3600).atZone(ALMATY)))).put("/internal/clock").then().statusCode(200);

        String url = "http://localhost:" + RestAssured.port + "/api/results/stream?election=" + election;
        String resumeFrom;
        try (Reader stream = new Reader(url, null)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> stream.saw("result", election.toString()));
            turnout(election, "S" + run, 120, open.plusSeconds(3600));
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.saw("turnout", "\"ballotsIssued\":120"));
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.saw("result", "\"ballotsCast\":120"));
            resumeFrom = stream.lastId();
        }
        turnout(election, "S" + run, 150, open.plusSeconds(4000));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/results/elections/" + election)
                .then().body("ballotsCast", equalTo(150)));
        try (Reader resumed = new Reader(url, resumeFrom)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> resumed.saw("turnout", "\"ballotsIssued\":150"));
            assertTrue(!resumed.saw("turnout", "\"ballotsIssued\":120"), "only what was missed is sent again");
            assertTrue(!resumed.saw("resync", ""), "a resume the buffer serves is no resync");
        }
        // issue 18: what another instance committed meanwhile (the counter, the election's sequence and a stream
        // event, as ResultChanges writes them there) reaches a dashboard resuming here: resumes read the database
        long other;
        Reader live = new Reader(url + "&snapshot=false", null);
        await().atMost(Duration.ofSeconds(15)).until(() -> live.body != null);
        try (java.sql.Connection db = kz.saylau.platform.testing.Insider.connect()) {
            db.setAutoCommit(false);
            try (var st = db.createStatement(); var rs = st.executeQuery("update result_counter set value = value + 1 where id = 1 returning value")) {
                rs.next();
                other = rs.getLong(1);
            }
            try (var ps = db.prepareStatement("insert into result_stream_event values (?, 0, 'turnout', ?, ?, ?)")) {
                ps.setLong(1, other);
                ps.setObject(2, election);
                ps.setString(3, "R" + run);
                ps.setString(4, "{\"electionId\":\"" + election + "\",\"precinctCode\":\"S" + run + "\",\"ballotsIssued\":151,\"from\":\"another instance\"}");
                ps.executeUpdate();
            }
            try (var ps = db.prepareStatement("update result_election set sequence = ? where id = ?")) {
                ps.setLong(1, other);
                ps.setObject(2, election);
                ps.executeUpdate();
            }
            db.commit();
        }
        // live too: this instance's snapshot poll streams the event the other instance kept
        try (live) {
            await().atMost(Duration.ofSeconds(15)).until(() -> live.saw("turnout", "another instance"));
        }
        try (Reader resumed = new Reader(url, resumeFrom)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> resumed.saw("turnout", "another instance"));
            await().atMost(Duration.ofSeconds(15)).until(() -> resumed.saw("result", "\"ballotsCast\":150"));
            assertTrue(resumed.lines.indexOf("event:turnout") < resumed.lines.lastIndexOf("event:result"), String.join("\n", resumed.lines));
            assertTrue(Long.parseLong(resumed.lastId()) >= other, "the resumed stream's id covers what it sent: " + resumed.lastId());
        }
        try (Reader fresh = new Reader(url, "999999999")) {
            await().atMost(Duration.ofSeconds(15)).until(() -> fresh.saw("result", "\"ballotsCast\":150"));
            // the client is told its gap is gone before the snapshot, so it replaces what it shows
            int resync = fresh.lines.indexOf("event:resync");
            assertTrue(resync >= 0 && resync < fresh.lines.indexOf("event:result"), String.join("\n", fresh.lines));
        }

        // snapshot=false: no opening results, only what happens from now on
        try (Reader quiet = new Reader(url + "&snapshot=false", null)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> quiet.body != null);
            turnout(election, "S" + run, 155, open.plusSeconds(4200));
            await().atMost(Duration.ofSeconds(20)).until(() -> quiet.saw("result", "\"ballotsCast\":155"));
            assertTrue(!quiet.saw("result", "\"ballotsCast\":150"), String.join("\n", quiet.lines));
        }

        // R-A1: the day's course keeps both reports; the same report delivered again adds nothing
        turnout(election, "S" + run, 150, open.plusSeconds(4000));
        turnout(election, "S" + run, 160, open.plusSeconds(4500)); // same key, same partition: applied after the repeat
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/results/elections/" + election)
                .then().body("ballotsCast", equalTo(160)));
        given().get("/api/results/turnout?election=" + election).then().statusCode(200)
                .body("votersOnList", equalTo(1000))
                .body("course.ballotsIssued", equalTo(List.of(120, 150, 155, 160)))
                .body("course.turnoutPct", equalTo(List.of(12.0f, 15.0f, 15.5f, 16.0f)))
                .body("course[0].asOf", equalTo(F.format(open.plusSeconds(3600).atZone(ALMATY))));
        given().get("/api/results/turnout?election=" + election + "&votingDay=" + votingDay).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        given().get("/api/results/turnout?votingDay=" + votingDay + "&region=R" + run).then().statusCode(200)
                .body("course.ballotsIssued", equalTo(List.of(120, 150, 155, 160)));
    }

    @Test
    void aRegionsStreamCarriesThatRegionOnly() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID inRegion = UUID.randomUUID(), elsewhere = UUID.randomUUID();
        Instant now = OffsetDateTime.parse(given().header("Authorization", Tokens.bearer(Tokens.cec())).get("/internal/clock")
                .then().extract().path("now")).toInstant();
        LocalDate votingDay = now.atZone(ALMATY).toLocalDate().plusDays(45);
        Instant open = votingDay.atTime(7, 0).atZone(ALMATY).toInstant();
        for (UUID e : new UUID[] { inRegion, elsewhere }) {
            String region = (e == inRegion ? "RA" : "RB") + run;
            KafkaTopics.send("test.saylau.elections", UUID.randomUUID().toString(), "saylau.election.called.v1", e.toString(),
                    "{\"id\":\"" + e + "\",\"unitCode\":\"U" + (e == inRegion ? "A" : "B") + run + "\",\"districtCode\":\"D" + run + "\",\"regionCode\":\""
                            + region + "\",\"votingDay\":\"" + votingDay + "\",\"calendar\":{\"pollsOpen\":\""
                            + F.format(open.atZone(ALMATY)) + "\",\"pollsClose\":\""
                            + F.format(open.plusSeconds(13 * 3600).atZone(ALMATY)) + "\"}}");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/results/elections/" + elsewhere).then().statusCode(200));
        given().header("Authorization", Tokens.bearer(Tokens.cec())).contentType(ContentType.JSON)
                .body(Map.of("now", F.format(open.plusSeconds(3600).atZone(ALMATY)))).put("/internal/clock").then().statusCode(200);
        try (Reader stream = new Reader("http://localhost:" + RestAssured.port + "/api/results/stream?region=RA" + run, null)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> stream.saw("result", inRegion.toString()));
            turnout(elsewhere, "X" + run, 88, open.plusSeconds(3600));
            turnout(inRegion, "Y" + run, 77, open.plusSeconds(3600));
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.saw("turnout", "\"ballotsIssued\":77"));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/results/elections/" + elsewhere)
                    .then().body("ballotsCast", equalTo(88)));
            assertTrue(stream.lines.stream().noneMatch(l -> l.contains(elsewhere.toString())),
                    "nothing of another region's election");
        }
    }

    static void turnout(UUID election, String precinct, int issued, Instant asOf) throws Exception {
        KafkaTopics.send("test.saylau.tallies", UUID.randomUUID().toString(), "saylau.turnout.reported.v1", election.toString(),
                "{\"electionId\":\"" + election + "\",\"precinctCode\":\"" + precinct + "\",\"asOf\":\"" + F.format(asOf.atZone(ALMATY))
                        + "\",\"ballotsIssued\":" + issued + "}");
    }
}
