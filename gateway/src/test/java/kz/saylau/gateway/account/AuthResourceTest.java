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
                .then().statusCode(200).body("token_type", equalTo("Bearer")).body("expires_in", equalTo(900)).body("refresh_expires_in", equalTo(86400))
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

    /** Issue 19 #5: the holder changes their own password with the old one; the old one stops working at once. */
    @Test
    void anAccountHolderChangesTheirOwnPassword() {
        String name = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", cec()).contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "first-long-password", "roles", List.of("observer")))
                .post("/api/auth/accounts").then().statusCode(201);
        String holder = "Bearer " + login(name, "first-long-password");
        given().header("Authorization", holder).contentType(ContentType.JSON)
                .body(Map.of("oldPassword", "not-the-password", "newPassword", "second-long-password"))
                .put("/api/auth/me/password").then().statusCode(422).body("code", equalTo("PASSWORD_WRONG"));
        given().header("Authorization", holder).contentType(ContentType.JSON)
                .body(Map.of("oldPassword", "first-long-password", "newPassword", "short"))
                .put("/api/auth/me/password").then().statusCode(422).body("code", equalTo("ACCOUNT_INVALID"));
        given().header("Authorization", holder).contentType(ContentType.JSON)
                .body(Map.of("oldPassword", "first-long-password", "newPassword", "first-long-password"))
                .put("/api/auth/me/password").then().statusCode(422).body("code", equalTo("ACCOUNT_INVALID"));
        given().contentType(ContentType.JSON).body(Map.of("oldPassword", "first-long-password", "newPassword", "second-long-password"))
                .put("/api/auth/me/password").then().statusCode(401);
        // the refusals changed nothing: the first password still works
        login(name, "first-long-password");
        given().header("Authorization", holder).contentType(ContentType.JSON)
                .body(Map.of("oldPassword", "first-long-password", "newPassword", "second-long-password"))
                .put("/api/auth/me/password").then().statusCode(200).body("username", equalTo(name));
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", "first-long-password"))
                .post("/api/auth/token").then().statusCode(401);
        login(name, "second-long-password");
        // the audit trail names who changed it (committed before the answer, so it is there now)
        given().header("Authorization", cec()).queryParam("subject", "/api/auth/me/password").queryParam("size", 1000)
                .get("/api/audit").then().statusCode(200)
                .body("findAll { it.actor == '" + name + "' && it.outcome == '200' }.size()", equalTo(1))
                .body("findAll { it.actor == '" + name + "' && it.outcome == '422' }.size()", equalTo(3));
    }

    /** Issue 19 #5: the CEC resets a password and changes roles and scope, checked as at creation. */
    @Test
    void theCecResetsAPasswordAndChangesRolesAndScope() {
        String name = "tec-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", cec()).contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "first-long-password", "roles", List.of("tec"),
                        "scope", Map.of("district", "D1")))
                .post("/api/auth/accounts").then().statusCode(201);
        // a tec without a district is no account: refused, and nothing of the change is kept
        given().header("Authorization", cec()).contentType(ContentType.JSON)
                .body(Map.of("password", "reset-long-password", "scope", Map.of()))
                .patch("/api/auth/accounts/" + name).then().statusCode(422).body("code", equalTo("ACCOUNT_INVALID"));
        login(name, "first-long-password");
        given().header("Authorization", cec()).contentType(ContentType.JSON)
                .body(Map.of("password", "reset-long-password", "roles", List.of("tec", "observer"), "scope", Map.of("district", "D2")))
                .patch("/api/auth/accounts/" + name).then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.containsInAnyOrder("tec", "observer")).body("scope.district", equalTo("D2"));
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", "first-long-password"))
                .post("/api/auth/token").then().statusCode(401);
        // a token signed after the change carries the new roles and scope
        given().header("Authorization", "Bearer " + login(name, "reset-long-password")).get("/api/auth/me").then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.containsInAnyOrder("tec", "observer")).body("scope.district", equalTo("D2"));
        // a cec keeps its own cec role; another role may not change accounts at all
        given().header("Authorization", cec()).contentType(ContentType.JSON).body(Map.of("roles", List.of("observer")))
                .patch("/api/auth/accounts/cec").then().statusCode(409).body("code", equalTo("ACCOUNT_SELF"));
        given().header("Authorization", "Bearer " + login(name, "reset-long-password")).contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("cec"))).patch("/api/auth/accounts/" + name).then().statusCode(403);
        given().header("Authorization", cec()).get("/api/auth/accounts/cec").then().body("roles", contains("cec"));
    }

    /** A page of accounts far past the end is an empty page, never a 500 (page × size overflowed an int). */
    @Test
    void aFarPageOfAccountsIsEmpty() {
        given().header("Authorization", cec()).queryParam("page", 4893000).queryParam("size", 439).get("/api/auth/accounts")
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
    }
}
