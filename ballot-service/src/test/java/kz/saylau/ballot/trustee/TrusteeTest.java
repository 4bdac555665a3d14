package kz.saylau.ballot.trustee;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import kz.saylau.ballot.evoting.crypto.EncryptedBallot;
import kz.saylau.ballot.evoting.crypto.Forged;
import kz.saylau.ballot.evoting.crypto.Group;
import kz.saylau.ballot.evoting.crypto.Trustees;
import kz.saylau.ballot.platform.BallotFixture;
import kz.saylau.platform.testing.Iins;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

/**
 * The election key's ceremony and the count through the API (issue 16): who may name, publish and decrypt; what a
 * cheating trustee or client is refused; that one trustee of two opens nothing and the second opens the counts.
 */
@QuarkusTest
class TrusteeTest {

    @Inject
    ObjectMapper mapper;

    BallotFixture f;
    List<String> names;
    List<Trustees.Polynomial> polynomials = new ArrayList<>();

    String path(String rest) {
        return "/api/elections/" + f.election + rest;
    }

    String trustee(int seat) {
        return Tokens.bearer(Tokens.of(names.get(seat - 1), "trustee", Map.of("district", f.district)));
    }

    Response publish(int seat, String token, Trustees.TrusteeKey key) throws Exception {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(mapper.writeValueAsString(key))
                .put(path("/trustees/" + seat + "/key"));
    }

    Response vote(String token, Object ballot) throws Exception {
        return given().contentType(ContentType.JSON).body(mapper.writeValueAsString(Map.of("token", token, "ballot", ballot)))
                .post(path("/votes"));
    }

    String checkIn(int serial) {
        String precinct = f.precincts.get(0);
        return given().header("Authorization", Tokens.bearer(BallotFixture.station(precinct))).contentType(ContentType.JSON)
                .body(Map.of("iin", Iins.valid(LocalDate.of(1975, 6, 6), false, serial)))
                .post(path("/precincts/" + precinct + "/ballot-tokens")).then().statusCode(201).extract().path("token");
    }

    @Test
    void R_V2_theCeremonyTheCastAndTheCountRefuseWhatIsNotTheirs() throws Exception {
        f = BallotFixture.withBallot(1500);
        names = List.of("tr-1-" + f.run, "tr-2-" + f.run, "tr-3-" + f.run);
        given().get(path("/election-key")).then().statusCode(404);

        // naming: the district's tec, a threshold from 1 to n, each trustee once, once
        given().header("Authorization", Tokens.bearer(f.otherTec)).contentType(ContentType.JSON)
                .body(Map.of("threshold", 2, "trustees", names)).put(path("/trustees")).then().statusCode(403);
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("threshold", 4, "trustees", names),
                Map.<String, Object>of("threshold", 0, "trustees", names),
                Map.<String, Object>of("threshold", 1, "trustees", List.of("x", "x")))) {
            given().header("Authorization", Tokens.bearer(f.tec)).contentType(ContentType.JSON).body(bad)
                    .put(path("/trustees")).then().statusCode(422).body("code", equalTo("TRUSTEES_INVALID"));
        }
        given().header("Authorization", Tokens.bearer(f.tec)).contentType(ContentType.JSON)
                .body(Map.of("threshold", 2, "trustees", names)).put(path("/trustees")).then().statusCode(201)
                .body("seats", equalTo(3)).body("jointKey", equalTo(null));
        // a retry of the same naming gets the same key; another naming is refused
        given().header("Authorization", Tokens.bearer(f.tec)).contentType(ContentType.JSON)
                .body(Map.of("threshold", 2, "trustees", names)).put(path("/trustees")).then().statusCode(200)
                .body("seats", equalTo(3));
        given().header("Authorization", Tokens.bearer(f.tec)).contentType(ContentType.JSON)
                .body(Map.of("threshold", 3, "trustees", names)).put(path("/trustees")).then().statusCode(409)
                .body("code", equalTo("TRUSTEES_NAMED"));

        for (int seat = 1; seat <= 3; seat++) {
            polynomials.add(Trustees.Polynomial.random(seat, 2));
        }
        publish(1, trustee(1), polynomials.get(0).publicKey(f.election)).then().statusCode(200);
        publish(2, trustee(2), polynomials.get(1).publicKey(f.election)).then().statusCode(200);

        // the polls open with one key missing: no token is handed out that could not be used
        BallotFixture.clock(f.pollsOpen().plus(Duration.ofHours(1)));
        given().header("Authorization", Tokens.bearer(BallotFixture.station(f.precincts.get(0)))).contentType(ContentType.JSON)
                .body(Map.of("iin", Iins.valid(LocalDate.of(1975, 6, 6), false, 1)))
                .post(path("/precincts/" + f.precincts.get(0) + "/ballot-tokens"))
                .then().statusCode(422).body("code", equalTo("ELECTION_KEY_MISSING"));
        given().header("Authorization", Tokens.bearer(f.cec)).contentType(ContentType.JSON)
                .body(Map.of("threshold", 1, "trustees", List.of("late"))).put(path("/trustees")).then().statusCode(422)
                .body("code", equalTo("POLLS_OPENED"));

        // the third key: only its own trustee publishes it, with valid proofs, once
        Trustees.TrusteeKey third = polynomials.get(2).publicKey(f.election);
        publish(3, Tokens.bearer(f.cec), third).then().statusCode(403);
        publish(3, trustee(2), third).then().statusCode(403);
        publish(3, Tokens.bearer(Tokens.of(names.get(2), "trustee", Map.of("district", "Z" + f.run))), third).then().statusCode(403);
        Trustees.TrusteeKey stolenProofs = new Trustees.TrusteeKey(3, third.commitments(),
                polynomials.get(0).publicKey(f.election).proofs());
        publish(3, trustee(3), stolenProofs).then().statusCode(422).body("code", equalTo("TRUSTEE_KEY_INVALID"));
        Trustees.TrusteeKey shortKey = new Trustees.TrusteeKey(3, third.commitments().subList(0, 1), third.proofs().subList(0, 1));
        publish(3, trustee(3), shortKey).then().statusCode(422).body("code", equalTo("TRUSTEE_KEY_INVALID"));
        publish(3, trustee(3), third).then().statusCode(200);
        publish(3, trustee(3), third).then().statusCode(200);
        publish(3, trustee(3), Trustees.Polynomial.random(3, 2).publicKey(f.election)).then().statusCode(409)
                .body("code", equalTo("TRUSTEE_KEY_PUBLISHED"));
        JsonNode key = mapper.readTree(given().get(path("/election-key")).then().statusCode(200).extract().asString());
        BigInteger joint = new BigInteger(key.get("jointKey").asText(), 16);
        assertEquals(Trustees.jointKey(polynomials.stream().map(p -> p.publicKey(f.election)).toList()), joint);
        assertFalse(key.get("systemHeld").asBoolean());
        // each trustee checks the shares handed to it against the published commitments
        for (int from = 1; from <= 3; from++) {
            for (int to = 1; to <= 3; to++) {
                assertEquals(true, Trustees.shareMatches(polynomials.get(from - 1).publicKey(f.election), to,
                        polynomials.get(from - 1).shareFor(to)));
            }
        }

        // casting: ballots encrypted on a device are checked before the token is spent
        List<UUID> options = given().get(path("/ballot")).jsonPath().getList("options.optionId", String.class).stream()
                .map(UUID::fromString).toList();
        int n = options.size();
        String token = checkIn(2);
        int[] two = new int[n];
        two[0] = 2;
        int[] claimOne = new int[n];
        claimOne[0] = 1;
        int[] twoOnes = new int[n];
        twoOnes[0] = 1;
        twoOnes[1] = 1;
        vote(token, Forged.ballot(f.election, joint, options, two, claimOne)).then().statusCode(422).body("code", equalTo("BALLOT_INVALID"));
        vote(token, Forged.ballot(f.election, joint, options, twoOnes, twoOnes)).then().statusCode(422).body("code", equalTo("BALLOT_INVALID"));
        List<UUID> notOnTheBallot = new ArrayList<>(options);
        notOnTheBallot.set(n - 1, UUID.randomUUID());
        vote(token, EncryptedBallot.encrypt(f.election, joint, notOnTheBallot, notOnTheBallot.get(n - 1))).then()
                .statusCode(422).body("code", equalTo("BALLOT_INVALID"));
        given().contentType(ContentType.JSON).body(mapper.writeValueAsString(Map.of("token", token,
                "optionId", options.get(0).toString(), "ballot", EncryptedBallot.encrypt(f.election, joint, options, options.get(0)))))
                .post(path("/votes")).then().statusCode(400);
        EncryptedBallot honest = EncryptedBallot.encrypt(f.election, joint, options, options.get(1));
        vote(token, honest).then().statusCode(201).body("receipt", equalTo(honest.tracker(f.election)));
        vote(checkIn(3), honest).then().statusCode(422).body("code", equalTo("BALLOT_INVALID"));
        // two more: for the first option, encrypted by the service
        for (int serial = 4; serial <= 5; serial++) {
            given().contentType(ContentType.JSON).body(Map.of("token", checkIn(serial), "optionId", options.get(0).toString()))
                    .post(path("/votes")).then().statusCode(201);
        }
        given().get(path("/ebox")).then().statusCode(422).body("code", equalTo("POLLS_NOT_CLOSED"));
        given().header("Authorization", trustee(1)).contentType(ContentType.JSON).body(Map.of("shares", List.of()))
                .put(path("/trustees/1/decryption")).then().statusCode(409).body("code", equalTo("EBOX_NOT_TALLIED"));

        // the count: one trustee of two opens nothing; a wrong share is refused whole
        KafkaConsumer<String, String> tallies = KafkaTopics.tail("test.saylau.tallies");
        BallotFixture.clock(f.pollsClose().plus(Duration.ofMinutes(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "TALLIED".equals(board().get("status").asText()));
        List<Map<String, Object>> shares1 = shares(1);
        List<Map<String, Object>> tampered = new ArrayList<>(shares1);
        Map<String, Object> first = new java.util.HashMap<>(tampered.get(0));
        first.put("share", Group.mul((BigInteger) first.get("share"), Group.G));
        tampered.set(0, first);
        decrypt(1, trustee(1), tampered).then().statusCode(422).body("code", equalTo("DECRYPTION_INVALID"));
        decrypt(1, trustee(1), shares1.subList(1, shares1.size())).then().statusCode(422).body("code", equalTo("DECRYPTION_INVALID"));
        decrypt(1, trustee(2), shares1).then().statusCode(403);
        assertEquals(0, board().get("decryptedBy").size());
        decrypt(1, trustee(1), shares1).then().statusCode(200).body("status", equalTo("TALLIED"));
        // a retry (the tool run again: the same shares, fresh proofs) is answered as the first; other shares are not
        decrypt(1, trustee(1), shares(1)).then().statusCode(200).body("status", equalTo("TALLIED"));
        decrypt(1, trustee(1), tampered).then().statusCode(409).body("code", equalTo("DECRYPTION_POSTED"));
        for (JsonNode t : board().get("precincts").get(0).get("tallies")) {
            assertNull(t.get("votes").isNull() ? null : t.get("votes"), "one trustee opened a tally");
        }
        decrypt(2, trustee(2), shares(2)).then().statusCode(200).body("status", equalTo("COUNTED"))
                .body("decryptedBy", equalTo(List.of(1, 2)));
        var events = KafkaTopics.await(tallies, r -> r.value().contains(f.election.toString())
                && "saylau.ebox.closed.v1".equals(KafkaTopics.header(r, "ce_type")), Duration.ofSeconds(20));
        JsonNode counts = mapper.readTree(events.get(0).value()).get("counts");
        for (JsonNode c : counts) {
            UUID option = UUID.fromString(c.get("optionId").asText());
            long expected = option.equals(options.get(0)) ? 2 : option.equals(options.get(1)) ? 1 : 0;
            assertEquals(expected, c.get("votes").asLong(), "option " + option);
        }
        tallies.close();
        // the voter finds the ballot by the receipt
        given().get(path("/ebox/ballots/" + honest.tracker(f.election))).then().statusCode(200)
                .body("precinctCode", equalTo(f.precincts.get(0)));
    }

    Response decrypt(int seat, String token, List<Map<String, Object>> shares) throws Exception {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(mapper.writeValueAsString(Map.of("shares", shares))).put(path("/trustees/" + seat + "/decryption"));
    }

    List<Map<String, Object>> shares(int seat) throws Exception {
        return Forged.shares(f.election, Trustees.secretShare(polynomials, seat), board());
    }

    JsonNode board() throws Exception {
        return mapper.readTree(given().get(path("/ebox")).then().statusCode(200).extract().asString());
    }
}
