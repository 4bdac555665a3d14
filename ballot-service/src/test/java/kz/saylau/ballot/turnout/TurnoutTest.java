package kz.saylau.ballot.turnout;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.saylau.ballot.platform.BallotFixture;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

@QuarkusTest
class TurnoutTest {

    static Response report(BallotFixture f, String token, String precinct, int issued) {
        return given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON)
                .body(Map.of("asOf", "2030-01-01T10:00:00+05:00", "ballotsIssued", issued))
                .post("/api/elections/" + f.election + "/precincts/" + precinct + "/turnout");
    }

    @Test
    void R_V1_turnoutDuringPollingHoursNeverDownNeverAboveTheList() throws Exception {
        BallotFixture f = BallotFixture.withBallot(1000, 800);
        String a = f.precincts.get(0), b = f.precincts.get(1);
        report(f, BallotFixture.station(a), a, 10).then().statusCode(422).body("code", equalTo("OUTSIDE_POLLING_HOURS"))
                .body("detail", org.hamcrest.Matchers.containsString("R-V1"));
        BallotFixture.clock(f.pollsOpen().plus(Duration.ofHours(3)));
        try (var tallies = KafkaTopics.tail("test.saylau.tallies")) {
            report(f, BallotFixture.station(a), a, 120).then().statusCode(201).body("ballotsIssued", equalTo(120))
                    .body("turnoutPct", equalTo(12.0f));
            var reported = KafkaTopics.await(tallies, r -> f.election.toString().equals(r.key()), Duration.ofSeconds(20));
            assertEquals("saylau.turnout.reported.v1", KafkaTopics.header(reported.get(0), "ce_type"));
        }
        report(f, BallotFixture.station(a), a, 100).then().statusCode(422).body("code", equalTo("TURNOUT_DECREASED"));
        report(f, BallotFixture.station(a), a, 120).then().statusCode(201);
        report(f, BallotFixture.station(a), a, 1001).then().statusCode(422).body("code", equalTo("TURNOUT_EXCEEDS_LIST"));
        report(f, BallotFixture.station(a), b, 10).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        report(f, f.tec, a, 130).then().statusCode(403);
        report(f, BallotFixture.station("NOPE"), "NOPE", 1).then().statusCode(404);
        given().header("Authorization", Tokens.bearer(BallotFixture.station(a))).contentType(ContentType.JSON)
                .body(Map.of("ballotsIssued", 5)).post("/api/elections/" + f.election + "/precincts/" + a + "/turnout")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        BallotFixture.clock(f.pollsClose());
        report(f, BallotFixture.station(a), a, 200).then().statusCode(422).body("code", equalTo("OUTSIDE_POLLING_HOURS"));
    }
}
