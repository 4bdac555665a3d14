package kz.saylau.gateway.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The gateway's clock endpoint: cec only, forwarded to every service (the origins here echo). It also names the test
 * keys of the gateway's tests: a test resource applies to all of them, but only when a class of the tests names it.
 */
@QuarkusTest
@io.quarkus.test.common.QuarkusTestResource(kz.saylau.platform.testing.TestKeys.class)
class AdminClockTest {

    private static String token(String user, String password) {
        return "Bearer " + given().contentType(ContentType.JSON).body(Map.of("username", user, "password", password))
                .post("/api/auth/token").then().statusCode(200).extract().path("access_token");
    }

    @Test
    void R_C4_onlyCecMovesTheClockAndAnonymousCannotReadIt() {
        given().when().get("/api/admin/clock").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("now", "2030-01-01T00:00:00Z"))
                .when().put("/api/admin/clock").then().statusCode(401);
    }

    @Test
    void R_C4_theClockReadIsTheCandidateServiceClock() {
        given().header("Authorization", token("cec", "cec-dev-password")).when().get("/api/admin/clock")
                .then().statusCode(200).body("service", equalTo("candidate")).body("path", equalTo("/internal/clock"));
    }

    @Test
    void R_C4_aServiceThatDoesNotAnswerMakesTheChange503() {
        // the results origin of FakeOrigins is a closed port
        given().header("Authorization", token("cec", "cec-dev-password")).contentType(ContentType.JSON)
                .body(Map.of("now", "2030-01-01T00:00:00Z"))
                .when().put("/api/admin/clock").then().statusCode(503).body("code", equalTo("UNAVAILABLE"));
    }
}
