package kz.saylau.gateway.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AuthResourceTest {

    static String login(String user, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", user, "password", password))
                .when().post("/api/auth/token")
                .then().statusCode(200).body("token_type", equalTo("Bearer")).body("expires_in", equalTo(3600))
                .extract().path("access_token");
    }

    static String cec() {
        return "Bearer " + login("cec", "cec-dev-password");
    }

    @Test
    void theSeededCecLogsInAndSeesItself() {
        given().header("Authorization", cec()).when().get("/api/auth/me")
                .then().statusCode(200).body("username", equalTo("cec")).body("roles", contains("cec"));
    }

    @Test
    void wrongCredentialsSayNotWhichPartWasWrong() {
        String unknownUser = given().contentType(ContentType.JSON).body(Map.of("username", "nobody", "password", "x"))
                .post("/api/auth/token").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED")).extract().path("detail");
        String wrongPassword = given().contentType(ContentType.JSON).body(Map.of("username", "cec", "password", "wrong-password"))
                .post("/api/auth/token").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED")).extract().path("detail");
        org.junit.jupiter.api.Assertions.assertEquals(unknownUser, wrongPassword);
    }

    @Test
    void cecCreatesAScopedAccountWhoseTokenCarriesRoleAndScope() {
        String name = "tec-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", cec()).contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "a-long-password", "roles", List.of("tec"), "scope", Map.of("district", "D7")))
                .when().post("/api/auth/accounts")
                .then().statusCode(201).body("username", equalTo(name)).body("scope.district", equalTo("D7"));
        String token = login(name, "a-long-password");
        given().header("Authorization", "Bearer " + token).when().get("/api/auth/me")
                .then().statusCode(200).body("roles", contains("tec")).body("scope.district", equalTo("D7"));
        given().header("Authorization", cec()).contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "a-long-password", "roles", List.of("observer")))
                .when().post("/api/auth/accounts")
                .then().statusCode(409).body("code", equalTo("ACCOUNT_EXISTS"));
        // a tec may not create accounts
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("username", "x-" + name, "password", "a-long-password", "roles", List.of("observer")))
                .when().post("/api/auth/accounts")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void accountRulesAre422AccountInvalid() {
        given().header("Authorization", cec()).contentType(ContentType.JSON)
                .body(Map.of("username", "p-" + UUID.randomUUID().toString().substring(0, 8), "password", "a-long-password",
                        "roles", List.of("precinct")))
                .when().post("/api/auth/accounts")
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("ACCOUNT_INVALID"))
                .body("violations[0].field", equalTo("scope.precinct"));
        given().header("Authorization", cec()).contentType(ContentType.JSON)
                .body(Map.of("username", "ok-name", "password", "short", "roles", List.of("wizard")))
                .when().post("/api/auth/accounts")
                .then().statusCode(422).body("code", equalTo("ACCOUNT_INVALID")).body("violations.size()", greaterThan(1));
    }

    @Test
    void malformedOrMissingCredentialsAre400() {
        given().contentType(ContentType.JSON).body("{\"username\": ").when().post("/api/auth/token")
                .then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        given().contentType(ContentType.JSON).body("{\"username\": \"cec\"}").when().post("/api/auth/token")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", notNullValue());
        given().when().get("/api/auth/me").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aDisabledAccountCannotLogInAndItsTokenIsRefusedUntilEnabledAgain() {
        String name = "obs-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", cec()).contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "a-long-password", "roles", List.of("observer")))
                .post("/api/auth/accounts").then().statusCode(201).body("enabled", equalTo(true));
        String token = "Bearer " + login(name, "a-long-password");
        given().header("Authorization", token).get("/api/auth/me").then().statusCode(200);

        given().header("Authorization", cec()).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .patch("/api/auth/accounts/" + name).then().statusCode(200).body("enabled", equalTo(false));
        // the token is still signed and unexpired, and refused all the same
        given().header("Authorization", token).get("/api/auth/me")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", "a-long-password"))
                .post("/api/auth/token").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", cec()).queryParam("size", 500).get("/api/auth/accounts")
                .then().statusCode(200).header("X-Total-Count", notNullValue())
                .body("find { it.username == '" + name + "' }.enabled", equalTo(false))
                .body("find { it.username == 'cec' }.roles", contains("cec"));

        given().header("Authorization", cec()).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .patch("/api/auth/accounts/" + name).then().statusCode(200).body("enabled", equalTo(true));
        given().header("Authorization", token).get("/api/auth/me").then().statusCode(200).body("username", equalTo(name));
    }

    @Test
    void onlyCecManagesAccountsAndNobodyDisablesItself() {
        given().header("Authorization", cec()).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .patch("/api/auth/accounts/cec").then().statusCode(409).body("code", equalTo("ACCOUNT_SELF"));
        given().header("Authorization", cec()).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .patch("/api/auth/accounts/no-such-account").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().header("Authorization", cec()).contentType(ContentType.JSON).body(Map.of("enabled", "perhaps"))
                .patch("/api/auth/accounts/cec").then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        String name = "obs-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", cec()).contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "a-long-password", "roles", List.of("observer")))
                .post("/api/auth/accounts").then().statusCode(201);
        String observer = "Bearer " + login(name, "a-long-password");
        given().header("Authorization", observer).get("/api/auth/accounts").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().header("Authorization", observer).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .patch("/api/auth/accounts/cec").then().statusCode(403);
        given().get("/api/auth/accounts").then().statusCode(401);
        // cec itself was never disabled
        given().header("Authorization", cec()).get("/api/auth/accounts/cec").then().statusCode(200).body("enabled", equalTo(true));
    }

    /** A page of accounts far past the end is an empty page, never a 500 (page × size overflowed an int). */
    @Test
    void aFarPageOfAccountsIsEmpty() {
        given().header("Authorization", cec()).queryParam("page", 4893000).queryParam("size", 439).get("/api/auth/accounts")
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
    }
}
