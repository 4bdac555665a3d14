package kz.saylau.system;

import static io.restassured.RestAssured.given;
import static kz.saylau.system.SystemUnderTest.GATEWAY;
import static kz.saylau.system.SystemUnderTest.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * Issue 16 from outside: e-votes cast through the gateway are encrypted, counted at poll close by the (rehearsal)
 * trustees without opening a ballot, and the shipped verifier (tools/verify_ebox.py) checks every ballot's proofs, the
 * tallies, the decryptions and the published result; it fails on a tampered ballot and on a tampered decryption.
 */
class ElectronicBoxIT {

    @Test
    void theBoxVerifiesAndTamperingIsCaught() throws Exception {
        ElectionFixture f = new ElectionFixture();
        List<String> options = f.withBallot();
        String id = f.election;
        Response shown = as(f.cec).get("/api/elections/" + id);
        ElectionNightIT.clock(f.cec, OffsetDateTime.parse(shown.path("calendar.pollsOpen")).plusHours(2));
        String station = f.account("precinct", Map.of("precinct", f.precinct));
        int[] choices = { 0, 1, 0, 2, 0, 1, 0 };
        for (int i = 0; i < choices.length; i++) {
            String token = as(station).body(Map.of("iin", ElectionNightIT.iin(f.votingDay.minusYears(30 + i), 40 + i)))
                    .post("/api/elections/" + id + "/precincts/" + f.precinct + "/ballot-tokens").then().statusCode(201)
                    .extract().path("token");
            String receipt = given().baseUri(GATEWAY).contentType("application/json")
                    .body(Map.of("token", token, "optionId", options.get(choices[i])))
                    .post("/api/elections/" + id + "/votes").then().statusCode(201).extract().path("receipt");
            assertTrue(receipt.matches("[A-Za-z0-9_-]{43}"), receipt);
        }
        given().baseUri(GATEWAY).get("/api/elections/" + id + "/ebox").then().statusCode(422).body("code", equalTo("POLLS_NOT_CLOSED"));
        ElectionNightIT.clock(f.cec, OffsetDateTime.parse(shown.path("calendar.pollsClose")).plusMinutes(5));
        // the paper count of the same precinct: 600 in the box, 300 and 250 for the candidates, 40 against all, 10 invalid
        Map<String, Object> protocol = new java.util.HashMap<>(Map.of("votersOnList", 1000, "ballotsReceived", 1000,
                "ballotsIssued", 600, "ballotsCancelled", 400, "ballotsInBox", 600, "invalidBallots", 10, "againstAll", 40));
        List<String> candidates = given().baseUri(GATEWAY).get("/api/elections/" + id + "/ballot").jsonPath()
                .getList("options.findAll { it.kind == 'CANDIDATE' }.candidateId", String.class);
        protocol.put("votes", List.of(Map.of("candidateId", candidates.get(0), "votes", 300),
                Map.of("candidateId", candidates.get(1), "votes", 250)));
        as(f.cec).body(protocol).post("/api/elections/" + id + "/precincts/" + f.precinct + "/protocol").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(GATEWAY).get("/api/elections/" + id + "/ebox")
                .then().statusCode(200).body("status", equalTo("COUNTED")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(GATEWAY)
                .get("/api/results/elections/" + id + "/precincts?reported=true").then().statusCode(200)
                .body("find { it.precinctCode == '" + f.precinct + "' }.electronic.sum { it.votes }", equalTo(7)));

        Verifier.Run verified = Verifier.run("verify_ebox.py", id, GATEWAY);
        assertEquals(0, verified.exit(), verified.printed());
        assertTrue(verified.printed().contains("7 encrypted ballots: trackers and proofs checked"), verified.printed());
        assertTrue(verified.printed().contains("the electronic box verifies"), verified.printed());

        // a ballot whose ciphertext was swapped for another value on its way to the observer
        Verifier.Run ballot = Verifier.throughTampering("verify_ebox.py", id, (path, body) -> path.endsWith("/ebox/ballots")
                ? body.replaceFirst("\"alpha\":\"([0-9a-f])", "\"alpha\":\"f$1") : body);
        assertEquals(1, ballot.exit(), ballot.printed());
        assertTrue(ballot.printed().contains("is not proven to hold 0 or 1"), ballot.printed());
        // a trustee's partial decryption changed
        Verifier.Run decryption = Verifier.throughTampering("verify_ebox.py", id, (path, body) -> path.endsWith("/ebox")
                ? body.replaceFirst("\"share\":\"([0-9a-f])", "\"share\":\"f$1") : body);
        assertEquals(1, decryption.exit(), decryption.printed());
        assertTrue(decryption.printed().contains("partial decryption does not verify"), decryption.printed());
        // a count the board publishes that the decryption does not give
        Verifier.Run count = Verifier.throughTampering("verify_ebox.py", id, (path, body) -> path.endsWith("/ebox")
                ? body.replaceFirst("\"votes\":4,", "\"votes\":5,") : body);
        assertEquals(1, count.exit(), count.printed());
        assertTrue(count.printed().contains("the board says 5 votes, the decryption gives 4"), count.printed());
    }
}
