package kz.saylau.ballot.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** R-C4: the simulation clock moves forward only, answers in the election time zone, and runs on. */
@QuarkusTest
class ClockResourceTest {

    private static final String CEC = Tokens.bearer(Tokens.cec());

    private static Instant now() {
        return OffsetDateTime.parse(given().header("Authorization", CEC).get("/internal/clock")
                .then().statusCode(200).extract().path("now")).toInstant();
    }

    @Test
    void R_C4_clockMovesForwardAndRunsOnAtRealSpeed() throws Exception {
        Instant target = now().plus(Duration.ofDays(400));
        String answered = given().header("Authorization", CEC).contentType(ContentType.JSON)
                .body(Map.of("now", target.toString()))
                .when().put("/internal/clock")
                .then().statusCode(200).extract().path("now");
        assertTrue(answered.endsWith("+05:00") || answered.endsWith("+06:00"), "written in Asia/Almaty: " + answered);
        Thread.sleep(300);
        Instant later = now();
        assertTrue(!later.isBefore(target.plusMillis(250)) && later.isBefore(target.plusSeconds(30)), "runs on from " + target + ": " + later);
    }

    @Test
    void R_C4_clockNeverGoesBack() {
        Instant earlier = now().minus(Duration.ofDays(1));
        given().header("Authorization", CEC).contentType(ContentType.JSON).body(Map.of("now", earlier.toString()))
                .when().put("/internal/clock")
                .then().statusCode(422).body("code", equalTo("CLOCK_BACKWARDS"));
    }

    @Test
    void R_C4_onlyCecMovesTheClock() {
        String tec = Tokens.bearer(Tokens.of("tec1", "tec", Map.of("district", "D1")));
        given().header("Authorization", tec).contentType(ContentType.JSON)
                .body(Map.of("now", now().plusSeconds(3600).toString()))
                .when().put("/internal/clock")
                .then().statusCode(403);
        given().when().get("/internal/clock").then().statusCode(401);
        assertEquals(200, given().header("Authorization", tec).get("/internal/clock").statusCode());
    }
}
