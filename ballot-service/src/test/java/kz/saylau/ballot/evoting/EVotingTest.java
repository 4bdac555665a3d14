package kz.saylau.ballot.evoting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.saylau.ballot.platform.BallotFixture;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

/** R-V2 and R-V4 through the API: tokens, votes, receipts, the electronic box count at poll close. */
@QuarkusTest
class EVotingTest {

    static Response checkIn(BallotFixture f, String precinct, String iin) {
        return given().header("Authorization", Tokens.bearer(BallotFixture.station(precinct))).contentType(ContentType.JSON)
                .body(Map.of("iin", iin)).post("/api/elections/" + f.election + "/precincts/" + precinct + "/ballot-tokens");
    }

    static Response vote(BallotFixture f, String token, String option) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token, "optionId", option))
                .post("/api/elections/" + f.election + "/votes");
    }

    /** A valid IIN for a 1900s man, serial from {@code serial} (R-I1). */
    static String iin(LocalDate born, int serial) {
        return kz.saylau.platform.testing.Iins.valid(born, true, serial);
    }

    @Test
    void R_V2_oneTokenPerVoterOneBallotPerTokenAndAReceiptThatRevealsNothing() throws Exception {
        BallotFixture f = BallotFixture.withBallot(1000, 800);
        String a = f.precincts.get(0), b = f.precincts.get(1);
        String voter = iin(LocalDate.of(1990, 5, 5), 777);
        checkIn(f, a, voter).then().statusCode(422).body("code", equalTo("OUTSIDE_POLLING_HOURS"));
        BallotFixture.clock(f.pollsOpen().plus(Duration.ofHours(2)));
        Response ballot = given().get("/api/elections/" + f.election + "/ballot");
        String optionB = ballot.path("options.find { it.candidateId == '" + f.candidates.get(1) + "' }.optionId");
        String optionA = ballot.path("options.find { it.candidateId == '" + f.candidates.get(0) + "' }.optionId");

        checkIn(f, a, "900101300018").then().statusCode(422).body("code", equalTo("IIN_INVALID"));
        given().header("Authorization", Tokens.bearer(BallotFixture.station(b))).contentType(ContentType.JSON)
                .body(Map.of("iin", voter)).post("/api/elections/" + f.election + "/precincts/" + a + "/ballot-tokens")
                .then().statusCode(403);
        Response issued = checkIn(f, a, voter);
        issued.then().statusCode(201);
        String token = issued.path("token");
        checkIn(f, b, voter).then().statusCode(409).body("code", equalTo("ALREADY_VOTED"));
        checkIn(f, a, voter).then().statusCode(409).body("code", equalTo("ALREADY_VOTED"));

        vote(f, "no-such-token", optionA).then().statusCode(422).body("code", equalTo("TOKEN_UNKNOWN"));
        vote(f, token, java.util.UUID.randomUUID().toString()).then().statusCode(422).body("code", equalTo("UNKNOWN_OPTION"));
        Response recorded = vote(f, token, optionB);
        recorded.then().statusCode(201);
        String receipt = recorded.path("receipt");
        assertTrue(receipt.matches("[A-Za-z0-9_-]{8,64}"), receipt);
        vote(f, token, optionA).then().statusCode(409).body("code", equalTo("TOKEN_USED"));
        Response shown = given().get("/api/receipts/" + receipt);
        shown.then().statusCode(200).body("status", equalTo("RECORDED")).body("electionId", equalTo(f.election.toString()));
        assertEquals(Set.of("electionId", "status", "recordedOn"), shown.jsonPath().getMap("").keySet());
        assertFalse(shown.asString().contains(optionB));
        given().get("/api/receipts/nope-nope-nope").then().statusCode(404);
        // the voter's IIN is nowhere in the answer
        assertFalse(issued.asString().contains(voter));
    }

    /** An hour into polling, a voter checked in at the first precinct: the token, and the ballot's first option. */
    static String[] votingUnderway(BallotFixture f, int serial) {
        BallotFixture.clock(f.pollsOpen().plus(Duration.ofHours(1)));
        String token = checkIn(f, f.precincts.get(0), iin(LocalDate.of(1980, 1, 1), serial)).then().statusCode(201)
                .extract().path("token");
        return new String[] { token, given().get("/api/elections/" + f.election + "/ballot").path("options[0].optionId") };
    }

    @Test
    void R_R4_anElectionThatFailedOrWasCancelledTakesNoTokensNorVotesNorTurnout() throws Exception {
        for (String end : List.of("failed", "cancelled")) {
            BallotFixture f = BallotFixture.withBallot(1000);
            String a = f.precincts.get(0);
            String[] voter = votingUnderway(f, 501);
            if (end.equals("failed")) {
                f.decided("saylau.election.failed.v1");
            } else {
                f.cancel();
            }
            checkIn(f, a, iin(LocalDate.of(1980, 1, 1), 502)).then().statusCode(422).body("code", equalTo("OUTSIDE_POLLING_HOURS"));
            // a token handed out before the end is worth nothing after it
            vote(f, voter[0], voter[1]).then().statusCode(422).body("code", equalTo("TOKEN_EXPIRED"));
            given().header("Authorization", Tokens.bearer(BallotFixture.station(a))).contentType(ContentType.JSON)
                    .body(Map.of("asOf", "2030-01-01T10:00:00+05:00", "ballotsIssued", 10))
                    .post("/api/elections/" + f.election + "/precincts/" + a + "/turnout")
                    .then().statusCode(422).body("code", equalTo("OUTSIDE_POLLING_HOURS"));
        }
    }

    @Test
    void R_V2_tokenExpiresAfterFifteenMinutesAndIsReplacedOnceAtTheSamePrecinct() throws Exception {
        BallotFixture f = BallotFixture.withBallot(1000, 800);
        String a = f.precincts.get(0), b = f.precincts.get(1);
        BallotFixture.clock(f.pollsOpen().plus(Duration.ofHours(1)));
        String option = given().get("/api/elections/" + f.election + "/ballot").path("options[0].optionId");
        String voter = iin(LocalDate.of(1985, 1, 15), 205);
        String first = checkIn(f, a, voter).then().statusCode(201).extract().path("token");
        BallotFixture.clock(BallotFixture.now().plus(Duration.ofMinutes(16)));
        vote(f, first, option).then().statusCode(422).body("code", equalTo("TOKEN_EXPIRED"));
        checkIn(f, b, voter).then().statusCode(409).body("code", equalTo("ALREADY_VOTED"));
        String second = checkIn(f, a, voter).then().statusCode(201).extract().path("token");
        BallotFixture.clock(BallotFixture.now().plus(Duration.ofMinutes(16)));
        checkIn(f, a, voter).then().statusCode(409).body("code", equalTo("ALREADY_VOTED"));
        vote(f, second, option).then().statusCode(422).body("code", equalTo("TOKEN_EXPIRED"));
    }

    @Test
    void R_V2_aHundredSimultaneousUsesOfATokenRecordOneBallotAndTwoStationsGiveOneToken() throws Exception {
        BallotFixture f = BallotFixture.withBallot(1000, 800);
        String a = f.precincts.get(0), b = f.precincts.get(1);
        BallotFixture.clock(f.pollsOpen().plus(Duration.ofHours(1)));
        String option = given().get("/api/elections/" + f.election + "/ballot").path("options[0].optionId");
        String token = checkIn(f, a, iin(LocalDate.of(1970, 3, 3), 1)).then().statusCode(201).extract().path("token");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> uses = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                uses.add(() -> vote(f, token, option).statusCode());
            }
            int recorded = 0;
            for (Future<Integer> use : pool.invokeAll(uses)) {
                int status = use.get();
                assertTrue(status == 201 || status == 409, "status " + status);
                recorded += status == 201 ? 1 : 0;
            }
            assertEquals(1, recorded);

            String voter = iin(LocalDate.of(1971, 4, 4), 1);
            List<Callable<Integer>> checkIns = List.of(() -> checkIn(f, a, voter).statusCode(), () -> checkIn(f, b, voter).statusCode());
            int tokens = 0;
            for (Future<Integer> c : pool.invokeAll(checkIns)) {
                tokens += c.get() == 201 ? 1 : 0;
            }
            assertEquals(1, tokens);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void R_V4_eachPrecinctsElectronicBoxIsCountedOnceWhenThePollsClose() throws Exception {
        BallotFixture f = BallotFixture.withBallot(1000, 800);
        String a = f.precincts.get(0);
        BallotFixture.clock(f.pollsOpen().plus(Duration.ofHours(1)));
        Response ballot = given().get("/api/elections/" + f.election + "/ballot");
        String optionB = ballot.path("options.find { it.candidateId == '" + f.candidates.get(1) + "' }.optionId");
        for (int i = 0; i < 3; i++) {
            String token = checkIn(f, a, iin(LocalDate.of(1980, 2, 2), 100 + i * 10)).then().statusCode(201).extract().path("token");
            vote(f, token, optionB).then().statusCode(201);
        }
        try (var tallies = KafkaTopics.tail("test.saylau.tallies")) {
            BallotFixture.clock(f.pollsClose().plusSeconds(30));
            var closed = KafkaTopics.await(tallies, r -> f.election.toString().equals(r.key())
                    && "saylau.ebox.closed.v1".equals(KafkaTopics.header(r, "ce_type")), Duration.ofSeconds(20));
            // wait for both precincts, then make sure nothing more comes on a second clock change
            if (closed.size() < 2) {
                closed.addAll(KafkaTopics.await(tallies, r -> "saylau.ebox.closed.v1".equals(KafkaTopics.header(r, "ce_type"))
                        && f.election.toString().equals(r.key()), Duration.ofSeconds(10)));
            }
            assertEquals(2, closed.size());
            JsonNode box = null;
            for (var r : closed) {
                JsonNode data = new ObjectMapper().readTree(r.value());
                if (a.equals(data.path("precinctCode").asText())) {
                    box = data;
                }
            }
            long forB = 0;
            for (JsonNode c : box.path("counts")) {
                if (optionB.equals(c.path("optionId").asText())) {
                    forB = c.path("votes").asLong();
                }
            }
            assertEquals(3, forB);
            BallotFixture.clock(f.pollsClose().plusSeconds(120));
            assertTrue(KafkaTopics.await(tallies, r -> f.election.toString().equals(r.key())
                    && "saylau.ebox.closed.v1".equals(KafkaTopics.header(r, "ce_type")), Duration.ofSeconds(3)).isEmpty());
        }
    }
}
