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
        paperCount(f);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(GATEWAY).get("/api/elections/" + id + "/ebox")
                .then().statusCode(200).body("status", equalTo("COUNTED")));
        resultCounts(f, 7);

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

    /**
     * The production path: three named trustees of the district, each with the shipped tool (tools/trustee.py) on
     * its own machine: keys published, shares exchanged and checked, then two of them count the box; the service
     * never holds a secret, and the verifier passes.
     */
    @Test
    void namedTrusteesHoldTheKeyAndCountTheBoxWithTheirOwnTool() throws Exception {
        ElectionFixture f = new ElectionFixture();
        String id = f.election;
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("trustees");
        List<String> names = new java.util.ArrayList<>();
        List<String> tokens = new java.util.ArrayList<>();
        for (int seat = 1; seat <= 3; seat++) {
            String name = "trustee-" + seat + "-" + f.run;
            as(f.cec).body(Map.of("username", name, "password", "trustee-password-" + f.run, "roles", List.of("trustee"),
                    "scope", Map.of("district", f.district))).post("/api/auth/accounts").then().statusCode(201);
            names.add(name);
            tokens.add(SystemUnderTest.login(name, "trustee-password-" + f.run));
        }
        as(f.tec).body(Map.of("threshold", 2, "trustees", names)).put("/api/elections/" + id + "/trustees").then().statusCode(201);
        for (int seat = 1; seat <= 3; seat++) {
            Verifier.Run keygen = Verifier.python("trustee.py", "keygen", id, "--seat", "" + seat, "--threshold", "2",
                    "--secret", dir.resolve("seat" + seat + ".json").toString(), "--url", GATEWAY, "--token", tokens.get(seat - 1));
            assertEquals(0, keygen.exit(), keygen.printed());
        }
        given().baseUri(GATEWAY).get("/api/elections/" + id + "/election-key").then().statusCode(200)
                .body("systemHeld", equalTo(false)).body("trustees.published", equalTo(List.of(true, true, true)));
        String[][] handed = new String[4][4];
        for (int from = 1; from <= 3; from++) {
            for (int to = 1; to <= 3; to++) {
                handed[from][to] = Verifier.python("trustee.py", "share", "--secret", dir.resolve("seat" + from + ".json").toString(),
                        "--to", "" + to).printed().trim();
            }
        }
        // a share meant for another seat is caught by the commitments
        Verifier.Run wrong = Verifier.python("trustee.py", "combine", "--secret", dir.resolve("seat1.json").toString(),
                "--share", "2=" + handed[2][3], "--share", "3=" + handed[3][1], "--url", GATEWAY);
        assertEquals(1, wrong.exit(), wrong.printed());
        assertTrue(wrong.printed().contains("the share from seat 2 does not match its published commitments"), wrong.printed());
        for (int to = 1; to <= 3; to++) {
            List<String> args = new java.util.ArrayList<>(List.of("combine", "--secret", dir.resolve("seat" + to + ".json").toString(),
                    "--url", GATEWAY));
            for (int from = 1; from <= 3; from++) {
                if (from != to) {
                    args.addAll(List.of("--share", from + "=" + handed[from][to]));
                }
            }
            Verifier.Run combined = Verifier.python("trustee.py", args.toArray(String[]::new));
            assertEquals(0, combined.exit(), combined.printed());
        }

        List<String> options = f.withBallot();
        Response shown = as(f.cec).get("/api/elections/" + id);
        ElectionNightIT.clock(f.cec, OffsetDateTime.parse(shown.path("calendar.pollsOpen")).plusHours(2));
        String station = f.account("precinct", Map.of("precinct", f.precinct));
        for (int i = 0; i < 5; i++) {
            String token = as(station).body(Map.of("iin", ElectionNightIT.iin(f.votingDay.minusYears(30 + i), 60 + i)))
                    .post("/api/elections/" + id + "/precincts/" + f.precinct + "/ballot-tokens").then().statusCode(201)
                    .extract().path("token");
            given().baseUri(GATEWAY).contentType("application/json").body(Map.of("token", token, "optionId", options.get(i % 2)))
                    .post("/api/elections/" + id + "/votes").then().statusCode(201);
        }
        ElectionNightIT.clock(f.cec, OffsetDateTime.parse(shown.path("calendar.pollsClose")).plusMinutes(5));
        paperCount(f);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(GATEWAY).get("/api/elections/" + id + "/ebox")
                .then().statusCode(200).body("status", equalTo("TALLIED")));
        Verifier.Run first = Verifier.python("trustee.py", "decrypt", "--secret", dir.resolve("seat1.json").toString(),
                "--url", GATEWAY, "--token", tokens.get(0));
        assertEquals(0, first.exit(), first.printed());
        assertTrue(first.printed().contains("the box is TALLIED"), first.printed());
        // R-V4: the result waits for the box's counts
        as(f.tec).post("/api/results/elections/" + id + "/certification").then().statusCode(422)
                .body("code", equalTo("EBOX_NOT_COUNTED"));
        Verifier.Run second = Verifier.python("trustee.py", "decrypt", "--secret", dir.resolve("seat3.json").toString(),
                "--url", GATEWAY, "--token", tokens.get(2));
        assertEquals(0, second.exit(), second.printed());
        assertTrue(second.printed().contains("the box is COUNTED"), second.printed());
        given().baseUri(GATEWAY).get("/api/elections/" + id + "/ebox").then()
                .body("precincts[0].tallies.find { it.optionId == '" + options.get(0) + "' }.votes", equalTo(3))
                .body("precincts[0].tallies.find { it.optionId == '" + options.get(1) + "' }.votes", equalTo(2));
        resultCounts(f, 5);
        Verifier.Run verified = Verifier.run("verify_ebox.py", id, GATEWAY);
        assertEquals(0, verified.exit(), verified.printed());
        assertTrue(verified.printed().contains("3 trustees, 2 to decrypt, named"), verified.printed());
        as(f.tec).post("/api/results/elections/" + id + "/certification").then().statusCode(200);
    }

    /** The paper count of the fixture's precinct: 600 in the box, 300 and 250 for the candidates, 40 against all. */
    static void paperCount(ElectionFixture f) {
        Map<String, Object> protocol = new java.util.HashMap<>(Map.of("votersOnList", 1000, "ballotsReceived", 1000,
                "ballotsIssued", 600, "ballotsCancelled", 400, "ballotsInBox", 600, "invalidBallots", 10, "againstAll", 40));
        List<String> candidates = given().baseUri(GATEWAY).get("/api/elections/" + f.election + "/ballot").jsonPath()
                .getList("options.findAll { it.kind == 'CANDIDATE' }.candidateId", String.class);
        protocol.put("votes", List.of(Map.of("candidateId", candidates.get(0), "votes", 300),
                Map.of("candidateId", candidates.get(1), "votes", 250)));
        as(f.cec).body(protocol).post("/api/elections/" + f.election + "/precincts/" + f.precinct + "/protocol").then().statusCode(201);
    }

    /** Once results-service has the box's counts: the precinct's electronic votes in the published result. */
    static void resultCounts(ElectionFixture f, int electronic) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(GATEWAY)
                .get("/api/results/elections/" + f.election + "/precincts?reported=true").then().statusCode(200)
                .body("find { it.precinctCode == '" + f.precinct + "' }.electronic.sum { it.votes }", equalTo(electronic)));
    }
}
