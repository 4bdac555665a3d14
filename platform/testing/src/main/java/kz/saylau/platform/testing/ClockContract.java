package kz.saylau.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.http.ContentType;

/**
 * R-C4, as every service's clock must keep it: the simulation clock moves forward only, answers in the election time
 * zone, runs on, and follows a move made through another instance. Each service runs it as
 * {@code @QuarkusTest class ElectionClockTest extends ClockContract}.
 */
public abstract class ClockContract {

    @Inject
    EntityManager em;

    private static final String CEC = Tokens.bearer(Tokens.cec());

    private static Instant now() {
        return OffsetDateTime.parse(given().header("Authorization", CEC).get("/internal/clock")
                .then().statusCode(200).extract().path("now")).toInstant();
    }

    /** The clock's row as another instance writes it when it is moved there: to {@code target}, at {@code setAt}. */
    private void movedByAnotherInstance(Instant target, Instant setAt) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into election_clock (id, simulated_at, set_at) values (1, ?1, ?2)
                on conflict (id) do update set simulated_at = excluded.simulated_at, set_at = excluded.set_at""")
                .setParameter(1, target).setParameter(2, setAt).executeUpdate());
    }

    @Test
    public void R_C4_clockMovesForwardAndRunsOnAtRealSpeed() {
        Instant target = now().plus(Duration.ofDays(400));
        String answered = given().header("Authorization", CEC).contentType(ContentType.JSON)
                .body(Map.of("now", target.toString()))
                .when().put("/internal/clock")
                .then().statusCode(200).extract().path("now");
        assertTrue(answered.endsWith("+05:00") || answered.endsWith("+06:00"), "written in Asia/Almaty: " + answered);
        // it runs on from the moved time: a quarter of a second later it says so, and it did not jump
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> !now().isBefore(target.plusMillis(250)));
        Instant later = now();
        assertTrue(later.isBefore(target.plusSeconds(30)), "runs on from " + target + ": " + later);
    }

    /**
     * Several instances share one database: a move made through another one (here written straight into the table, as
     * that instance does) reaches this one within seconds, and the clock runs on from there.
     */
    @Test
    public void R_C4_aClockMovedThroughAnotherInstanceIsFollowed() {
        Instant target = now().plus(Duration.ofDays(500));
        movedByAnotherInstance(target, Instant.now());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> !now().isBefore(target));
        assertTrue(now().isBefore(target.plusSeconds(30)), "runs on from the other instance's move");
    }

    /**
     * Issue 18: the gateway moves every instance of a service. The move reaching this one a few seconds after another
     * instance made it (its time is in the table, set 5 s ago) is the same move: done, not CLOCK_BACKWARDS.
     */
    @Test
    public void R_C4_theSameMoveReachingASecondInstanceLaterIsDoneNotBackwards() {
        Instant target = now().plus(Duration.ofDays(600));
        movedByAnotherInstance(target, Instant.now().minusSeconds(5));
        String answered = given().header("Authorization", CEC).contentType(ContentType.JSON).body(Map.of("now", target.toString()))
                .when().put("/internal/clock").then().log().ifValidationFails().statusCode(200).extract().path("now");
        Instant now = OffsetDateTime.parse(answered).toInstant();
        assertTrue(!now.isBefore(target.plusSeconds(4)) && now.isBefore(target.plusSeconds(30)),
                "runs on from the first instance's move: " + now);
    }

    @Test
    public void R_C4_clockNeverGoesBack() {
        Instant earlier = now().minus(Duration.ofDays(1));
        given().header("Authorization", CEC).contentType(ContentType.JSON).body(Map.of("now", earlier.toString()))
                .when().put("/internal/clock")
                .then().statusCode(422).body("code", equalTo("CLOCK_BACKWARDS"));
    }

    @Test
    public void R_C4_onlyCecMovesTheClock() {
        String tec = Tokens.bearer(Tokens.of("tec1", "tec", Map.of("district", "D1")));
        given().header("Authorization", tec).contentType(ContentType.JSON)
                .body(Map.of("now", now().plusSeconds(3600).toString()))
                .when().put("/internal/clock")
                .then().statusCode(403);
        given().when().get("/internal/clock").then().statusCode(401);
        assertEquals(200, given().header("Authorization", tec).get("/internal/clock").statusCode());
    }
}
