package kz.saylau.candidate.territory;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

/** R-T2 through the real broker: precinct events from ballot-service make the unit's electorate. */
@QuarkusTest
class ElectorateTest {

    @Test
    void R_T2_electorateIsTheSumOfThePrecinctsAndARepeatedEventCountsOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String region = "R" + run, district = "D" + run, rural = "U" + run;
        given().header("Authorization", Tokens.bearer(Tokens.cec())).contentType(ContentType.JSON)
                .body(List.of(Map.of("code", region, "name", "R", "level", "REGION"),
                        Map.of("code", district, "name", "D", "level", "DISTRICT", "parentCode", region),
                        Map.of("code", rural, "name", "U", "level", "RURAL", "parentCode", district)))
                .post("/api/units").then().statusCode(201);

        String first = UUID.randomUUID().toString();
        KafkaTopics.send("test.saylau.territory", first, "saylau.precinct.registered.v1", "P1" + run,
                "{\"code\":\"P1" + run + "\",\"unitCode\":\"" + rural + "\",\"votersOnList\":1000}");
        KafkaTopics.send("test.saylau.territory", first, "saylau.precinct.registered.v1", "P1" + run,
                "{\"code\":\"P1" + run + "\",\"unitCode\":\"" + rural + "\",\"votersOnList\":1000}");
        KafkaTopics.send("test.saylau.territory", UUID.randomUUID().toString(), "saylau.precinct.registered.v1", "P2" + run,
                "{\"code\":\"P2" + run + "\",\"unitCode\":\"" + rural + "\",\"votersOnList\":800}");
        KafkaTopics.send("test.saylau.territory", UUID.randomUUID().toString(), "saylau.precinct.updated.v1", "P2" + run,
                "{\"code\":\"P2" + run + "\",\"unitCode\":\"" + rural + "\",\"votersOnList\":2000}");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get("/api/units/" + rural).then().statusCode(200).body("electorate", equalTo(3000)));

        // issue 19 #4: a closed precinct's voters are no longer the unit's (R-N5 counts signatures against the rest)
        KafkaTopics.send("test.saylau.territory", UUID.randomUUID().toString(), "saylau.precinct.closed.v1", "P2" + run,
                "{\"code\":\"P2" + run + "\",\"unitCode\":\"" + rural + "\",\"votersOnList\":2000,"
                        + "\"closedAt\":\"2027-03-01T10:00:00+05:00\",\"closureReason\":\"merged\"}");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get("/api/units/" + rural).then().statusCode(200).body("electorate", equalTo(1000)));
    }
}
