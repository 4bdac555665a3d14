package kz.saylau.results.platform;

import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** What the @QuarkusTests of results-service share: the election clock of the service under test, and its events. */
public final class Simulation {

    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    public static final DateTimeFormatter F = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private Simulation() {
    }

    /** The service's election clock now. */
    public static Instant now() {
        return OffsetDateTime.parse(given().header("Authorization", Tokens.bearer(Tokens.cec())).get("/internal/clock")
                .then().statusCode(200).extract().path("now")).toInstant();
    }

    /** Moves the service's election clock (forward only). */
    public static void clock(Instant to) {
        given().header("Authorization", Tokens.bearer(Tokens.cec())).contentType(ContentType.JSON)
                .body(Map.of("now", F.format(to.atZone(ALMATY)))).put("/internal/clock").then().statusCode(200);
    }

    /** Publishes an event with a new id on the test copy of a topic. */
    public static void send(String topic, String type, Object subject, String json) throws Exception {
        KafkaTopics.send("test." + topic, UUID.randomUUID().toString(), type, subject.toString(), json);
    }
}
