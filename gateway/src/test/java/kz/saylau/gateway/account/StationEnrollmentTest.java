package kz.saylau.gateway.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Issue 19 #5: a station device enrolled in one call, against a stand-in ballot-service that echoes what it got;
 * the whole path through the real ballot-service is in system-tests (StationDeviceIT).
 */
@QuarkusTest
class StationEnrollmentTest {

    static final String KEY = "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=";

    static String tec() {
        String name = "tec-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", AuthResourceTest.cec()).contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "a-long-password", "roles", List.of("tec"), "scope", Map.of("district", "D1")))
                .post("/api/auth/accounts").then().statusCode(201);
        return "Bearer " + AuthResourceTest.login(name, "a-long-password");
    }

    @Test
    void theTecEnrolsADeviceAndItIsSignedInAsItsPrecinctOnly() {
        String tec = tec();
        Response enrolled = given().header("Authorization", tec).contentType(ContentType.JSON)
                .body(Map.of("precinctCode", "Pc_701", "publicKey", KEY)).post("/api/auth/devices");
        enrolled.then().statusCode(201).body("precinctCode", equalTo("Pc_701"))
                .body("username", startsWith("station-pc-701-")).body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                // what ballot-service got: the key, on the precinct's path, with the TEC's own token
                .body("deviceKey.method", equalTo("PUT")).body("deviceKey.path", equalTo("/api/precincts/Pc_701/device-key"))
                .body("deviceKey.body.publicKey", equalTo(KEY)).body("deviceKey.authorization", equalTo(tec));
        String username = enrolled.path("username");
        assertEquals("/api/auth/accounts/" + username, java.net.URI.create(enrolled.header("Location")).getPath());
        given().header("Authorization", "Bearer " + enrolled.<String>path("access_token")).get("/api/auth/me").then()
                .statusCode(200).body("username", equalTo(username)).body("roles", equalTo(List.of("precinct")))
                .body("scope", equalTo(Map.of("precinct", "Pc_701")));
        RefreshTokenTest.refresh(enrolled.path("refresh_token")).then().statusCode(200);

        // lost: the CEC disables it, and neither its access token nor its refresh tokens get in again
        given().header("Authorization", AuthResourceTest.cec()).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .patch("/api/auth/accounts/" + username).then().statusCode(200);
        given().header("Authorization", "Bearer " + enrolled.<String>path("access_token")).get("/api/auth/me").then().statusCode(401);
        RefreshTokenTest.refresh(enrolled.path("refresh_token")).then().statusCode(401);
    }

    @Test
    void aRefusalOfBallotServiceIsRelayedAndMakesNoAccount() {
        String tec = tec();
        int before = accounts();
        given().header("Authorization", tec).contentType(ContentType.JSON)
                .body(Map.of("precinctCode", "REFUSED", "publicKey", KEY)).post("/api/auth/devices").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        assertEquals(before, accounts());
    }

    @Test
    void onlyCommissionsEnrolAndBadInputIs400() {
        Map<String, String> body = Map.of("precinctCode", "P1", "publicKey", KEY);
        given().contentType(ContentType.JSON).body(body).post("/api/auth/devices").then().statusCode(401);
        String observer = "obs-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", AuthResourceTest.cec()).contentType(ContentType.JSON)
                .body(Map.of("username", observer, "password", "a-long-password", "roles", List.of("observer")))
                .post("/api/auth/accounts").then().statusCode(201);
        given().header("Authorization", "Bearer " + AuthResourceTest.login(observer, "a-long-password")).contentType(ContentType.JSON)
                .body(body).post("/api/auth/devices").then().statusCode(403);
        given().header("Authorization", tec()).contentType(ContentType.JSON).body(Map.of("precinctCode", "no spaces!"))
                .post("/api/auth/devices").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("precinctCode")).body("violations.field", hasItem("publicKey"));
    }

    static int accounts() {
        return Integer.parseInt(given().header("Authorization", AuthResourceTest.cec()).queryParam("size", 1)
                .get("/api/auth/accounts").then().statusCode(200).extract().header("X-Total-Count"));
    }
}
