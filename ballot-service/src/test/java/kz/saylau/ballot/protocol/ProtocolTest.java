package kz.saylau.ballot.protocol;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import kz.saylau.platform.web.Hashes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.saylau.ballot.platform.BallotFixture;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

/** Precinct protocols through the API (R-P1..R-P6, R-X1, R-X2), on the real database and broker. */
@QuarkusTest
class ProtocolTest {

    static Map<String, Object> protocol(BallotFixture f, long inBox, long a, long b, long c) {
        Map<String, Object> p = new HashMap<>();
        p.put("votersOnList", 1000);
        p.put("ballotsReceived", 1000);
        p.put("ballotsIssued", 700);
        p.put("ballotsCancelled", 300);
        p.put("ballotsInBox", inBox);
        p.put("invalidBallots", 8);
        p.put("againstAll", 10);
        p.put("votes", List.of(Map.of("candidateId", f.candidates.get(0).toString(), "votes", a),
                Map.of("candidateId", f.candidates.get(1).toString(), "votes", b),
                Map.of("candidateId", f.candidates.get(2).toString(), "votes", c)));
        return p;
    }

    static Response post(String token, String path, Object body, String key) {
        var request = given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post(path);
    }

    static String path(BallotFixture f, String precinct) {
        return "/api/elections/" + f.election + "/precincts/" + precinct + "/protocol";
    }

    static Trackers.Figures figures(BallotFixture f, Map<String, Object> p) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> votes = (List<Map<String, Object>>) p.get("votes");
        return new Trackers.Figures(n(p, "votersOnList"), n(p, "ballotsReceived"), n(p, "ballotsIssued"), n(p, "ballotsCancelled"),
                n(p, "ballotsInBox"), n(p, "invalidBallots"), n(p, "againstAll"),
                votes.stream().map(v -> new Trackers.Vote((String) v.get("candidateId"), ((Number) v.get("votes")).longValue())).toList());
    }

    static long n(Map<String, Object> p, String k) {
        return ((Number) p.get(k)).longValue();
    }

    @Test
    void R_P6_aProtocolIsAcceptedOnceAfterThePollsCloseWithItsTracker() throws Exception {
        BallotFixture f = BallotFixture.withBallot(1000, 800);
        String a = f.precincts.get(0);
        String station = BallotFixture.station(a);
        Map<String, Object> good = protocol(f, 698, 380, 200, 100);
        post(station, path(f, a), good, null).then().statusCode(422).body("code", equalTo("POLLS_NOT_CLOSED"));
        BallotFixture.clock(f.pollsClose().plusSeconds(300));

        Map<String, Object> r_p4 = protocol(f, 699, 380, 200, 100);
        post(station, path(f, a), r_p4, null).then().statusCode(422).body("code", equalTo("PROTOCOL_INCONSISTENT"))
                .body("violations.field", equalTo(List.of("R-P4")));
        Map<String, Object> short_ = new HashMap<>(good);
        short_.put("votes", List.of(Map.of("candidateId", f.candidates.get(0).toString(), "votes", 480),
                Map.of("candidateId", f.candidates.get(1).toString(), "votes", 200)));
        post(station, path(f, a), short_, null).then().statusCode(422).body("code", equalTo("PROTOCOL_CANDIDATES"));
        post(BallotFixture.station(f.precincts.get(1)), path(f, a), good, null).then().statusCode(403);
        Map<String, Object> fraction = new HashMap<>(good);
        fraction.put("invalidBallots", "eight");
        post(station, path(f, a), fraction, null).then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));

        try (var tallies = KafkaTopics.tail("test.saylau.tallies")) {
            Response first = post(station, path(f, a), good, "proto-" + f.run);
            first.then().statusCode(201).body("version", equalTo(1)).body("status", equalTo("ACCEPTED"));
            assertEquals(Trackers.tracker("", f.election.toString(), a, 1, figures(f, good), null, null, null),
                    first.path("tracker"));
            Response retry = post(station, path(f, a), good, "proto-" + f.run);
            retry.then().statusCode(201);
            assertEquals(first.asString(), retry.asString());
            var accepted = KafkaTopics.await(tallies, r -> f.election.toString().equals(r.key())
                    && "saylau.protocol.accepted.v1".equals(KafkaTopics.header(r, "ce_type")), Duration.ofSeconds(20));
            assertEquals(1, accepted.size());
            assertTrue(accepted.get(0).value().contains(first.<String>path("tracker")));
        }
        // an identical protocol without the key answers with the existing version; a different one is refused
        post(station, path(f, a), good, null).then().statusCode(200).body("version", equalTo(1));
        Map<String, Object> different = protocol(f, 698, 379, 201, 100);
        post(station, path(f, a), different, null).then().statusCode(409).body("code", equalTo("PROTOCOL_ALREADY_SUBMITTED"));
        given().get(path(f, a)).then().statusCode(200).body("version", equalTo(1)).body("ballotsInBox", equalTo(698));
        // accepted on the election's clock (R-C4): after the simulated poll close, not on the day the test runs
        Instant acceptedAt = OffsetDateTime.parse(given().get(path(f, a)).path("acceptedAt")).toInstant();
        assertTrue(!acceptedAt.isBefore(f.pollsClose().plusSeconds(300)) && acceptedAt.isBefore(BallotFixture.now().plusSeconds(1)),
                acceptedAt + " is not the election clock's time of acceptance");
    }

    @Test
    void R_P6_theTecCorrectsByANewVersionThatChainsAndCertificationStopsCorrections() throws Exception {
        BallotFixture f = BallotFixture.withBallot(1000);
        String a = f.precincts.get(0);
        Map<String, Object> v1 = protocol(f, 698, 380, 200, 100);
        Map<String, Object> fix = protocol(f, 698, 390, 190, 100);
        fix.put("supersedesVersion", 1);
        fix.put("reason", "recount ordered by the TEC");
        fix.put("decisionRef", "TEC decision 7/2");
        BallotFixture.clock(f.pollsClose().plusSeconds(60));
        post(f.tec, path(f, a) + "/corrections", fix, null).then().statusCode(404);
        String t1 = post(BallotFixture.station(a), path(f, a), v1, null).then().statusCode(201).extract().path("tracker");
        post(BallotFixture.station(a), path(f, a) + "/corrections", fix, null).then().statusCode(403);
        post(f.otherTec, path(f, a) + "/corrections", fix, null).then().statusCode(403);
        Map<String, Object> noRef = new HashMap<>(fix);
        noRef.remove("decisionRef");
        post(f.tec, path(f, a) + "/corrections", noRef, null).then().statusCode(400).body("violations.field", hasItem("decisionRef"));
        Map<String, Object> badFix = new HashMap<>(fix);
        badFix.put("ballotsInBox", 697);
        post(f.tec, path(f, a) + "/corrections", badFix, null).then().statusCode(422).body("code", equalTo("PROTOCOL_INCONSISTENT"));
        Response v2 = post(f.tec, path(f, a) + "/corrections", fix, null);
        v2.then().statusCode(201).body("version", equalTo(2));
        assertEquals(Trackers.tracker(t1, f.election.toString(), a, 2, figures(f, fix), null, "recount ordered by the TEC",
                "TEC decision 7/2"), v2.path("tracker"));
        post(f.tec, path(f, a) + "/corrections", fix, null).then().statusCode(409).body("code", equalTo("VERSION_CONFLICT"));

        given().get(path(f, a) + "?history=true").then().statusCode(200).body("version", equalTo(List.of(1, 2)))
                .body("[0].tracker", equalTo(t1)).body("[1].previousTracker", equalTo(t1))
                .body("[1].reason", equalTo("recount ordered by the TEC")).body("[0].votes.find { it.candidateId == '"
                        + f.candidates.get(0) + "' }.votes", equalTo(380));
        given().get("/api/elections/" + f.election + "/protocols").then().statusCode(200).header("X-Total-Count", "1")
                .body("[0].version", equalTo(2));
        given().get("/api/elections/" + f.election + "/trackers").then().statusCode(200).header("X-Total-Count", "2")
                .body("tracker", equalTo(List.of(t1, v2.<String>path("tracker"))));
        given().queryParam("size", 1).queryParam("page", 1).get("/api/elections/" + f.election + "/trackers").then()
                .statusCode(200).header("X-Total-Count", "2").body("tracker", equalTo(List.of(v2.<String>path("tracker"))));

        f.decided("saylau.election.certified.v1");
        Map<String, Object> fix3 = new HashMap<>(fix);
        fix3.put("supersedesVersion", 2);
        post(f.tec, path(f, a) + "/corrections", fix3, null).then().statusCode(409).body("code", equalTo("RESULT_CERTIFIED"));
        f.decided("saylau.election.reopened.v1");
        post(f.tec, path(f, a) + "/corrections", fix3, null).then().statusCode(201).body("version", equalTo(3));
    }

    @Test
    void R_R4_aFailedElectionTakesNoCorrectionUntilTheCecReopensIt() throws Exception {
        BallotFixture f = BallotFixture.withBallot(1000);
        String a = f.precincts.get(0);
        BallotFixture.clock(f.pollsClose().plusSeconds(60));
        Map<String, Object> tie = protocol(f, 698, 300, 300, 80);
        post(BallotFixture.station(a), path(f, a), tie, null).then().statusCode(201);
        // results-service decides: a tie fails the election (R-R3); the TEC then tries to break it by a correction
        f.decided("saylau.election.failed.v1");
        Map<String, Object> fix = new HashMap<>(protocol(f, 698, 310, 290, 80));
        fix.put("supersedesVersion", 1);
        fix.put("reason", "recount");
        fix.put("decisionRef", "TEC decision 9/1");
        post(f.tec, path(f, a) + "/corrections", fix, null).then().statusCode(409).body("code", equalTo("RESULT_CERTIFIED"));
        given().get(path(f, a) + "?history=true").then().statusCode(200).header("X-Total-Count", "1");
        f.decided("saylau.election.reopened.v1");
        post(f.tec, path(f, a) + "/corrections", fix, null).then().statusCode(201).body("version", equalTo(2));
    }

    @Test
    void fiftySimultaneousIdenticalPostsWithOneKeyMakeOneVersionAndEqualAnswers() throws Exception {
        BallotFixture f = BallotFixture.withBallot(1000);
        String a = f.precincts.get(0);
        BallotFixture.clock(f.pollsClose().plusSeconds(60));
        Map<String, Object> good = protocol(f, 698, 380, 200, 100);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<String> answers = new ArrayList<>();
        try {
            List<Callable<String>> posts = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                posts.add(() -> post(BallotFixture.station(a), path(f, a), good, "same-" + f.run).then().statusCode(201)
                        .extract().asString());
            }
            for (Future<String> answer : pool.invokeAll(posts)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, answers.stream().distinct().count(), answers.get(0));
        given().get(path(f, a) + "?history=true").then().header("X-Total-Count", "1");
    }

    @Test
    void R_X2_thePhotoIsStoredAndBoundToTheProtocol() throws Exception {
        BallotFixture f = BallotFixture.withBallot(1000, 900);
        String a = f.precincts.get(0), b = f.precincts.get(1);
        BallotFixture.clock(f.pollsClose().plusSeconds(60));
        byte[] photo = new byte[50_000];
        new java.util.Random(1).nextBytes(photo);
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        photo[2] = (byte) 0xFF;
        String sha = Hashes.sha256(photo);
        Map<String, Object> withImage = protocol(f, 698, 380, 200, 100);
        withImage.put("imageSha256", sha);
        Response accepted = post(BallotFixture.station(a), path(f, a), withImage, null);
        accepted.then().statusCode(201);
        assertEquals(Trackers.tracker("", f.election.toString(), a, 1, figures(f, withImage), sha, null, null), accepted.path("tracker"));
        String image = path(f, a) + "/1/image";
        given().header("Authorization", Tokens.bearer(BallotFixture.station(a))).contentType("image/jpeg").body(photo).put(image)
                .then().statusCode(201).body("sha256", equalTo(sha));
        byte[] other = photo.clone();
        other[100]++;
        given().header("Authorization", Tokens.bearer(BallotFixture.station(a))).contentType("image/jpeg").body(other).put(image)
                .then().statusCode(422).body("code", equalTo("IMAGE_MISMATCH"));
        given().header("Authorization", Tokens.bearer(BallotFixture.station(a))).contentType("image/gif").body(photo).put(image)
                .then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().header("Authorization", Tokens.bearer(BallotFixture.station(b))).contentType("image/jpeg").body(photo).put(image)
                .then().statusCode(403);
        assertTrue(java.util.Arrays.equals(photo, given().get(image).then().statusCode(200).contentType("image/jpeg")
                .extract().asByteArray()));
        // the type is read from the bytes: random bytes, or a JPEG sent as PNG, are not a photo of the protocol
        byte[] noise = new byte[1000];
        new java.util.Random(2).nextBytes(noise);
        noise[0] = 0;
        given().header("Authorization", Tokens.bearer(BallotFixture.station(a))).contentType("image/jpeg").body(noise).put(image)
                .then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().header("Authorization", Tokens.bearer(BallotFixture.station(a))).contentType("image/png").body(photo).put(image)
                .then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        // who may attach is asked before what was sent (R-X2; api.md: 401/403 before 415)
        given().contentType("image/gif").body(photo).put(image).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));

        // a protocol without a named photo takes one photo, which then stays; a photo over the limit is 413
        post(BallotFixture.station(b), path(f, b), protocol(f, 698, 380, 200, 100), null).then().statusCode(201);
        String imageB = path(f, b) + "/1/image";
        given().header("Authorization", Tokens.bearer(BallotFixture.station(b))).contentType("image/jpeg").body(photo).put(imageB)
                .then().statusCode(201).body("sha256", equalTo(sha));
        given().header("Authorization", Tokens.bearer(BallotFixture.station(b))).contentType("image/jpeg").body(other).put(imageB)
                .then().statusCode(409).body("code", equalTo("IMAGE_ATTACHED"));
        given().header("Authorization", Tokens.bearer(BallotFixture.station(b))).contentType("image/jpeg").body(photo).put(imageB)
                .then().statusCode(201).body("sha256", equalTo(sha));
        assertTrue(java.util.Arrays.equals(photo, given().get(imageB).then().statusCode(200).extract().asByteArray()));
        given().header("Authorization", Tokens.bearer(BallotFixture.station(b))).contentType("image/png")
                .body(new byte[1_048_577]).put(path(f, b) + "/1/image").then().statusCode(413).body("code", equalTo("PAYLOAD_TOO_LARGE"));
        given().header("Authorization", Tokens.bearer(BallotFixture.station(b))).contentType("image/png")
                .body(photo).put(path(f, b) + "/2/image").then().statusCode(403);
        given().header("Authorization", Tokens.bearer(f.tec)).contentType("image/png")
                .body(photo).put(path(f, b) + "/2/image").then().statusCode(404);
    }
}
