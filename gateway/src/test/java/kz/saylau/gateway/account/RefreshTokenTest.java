package kz.saylau.gateway.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.platform.web.Hashes;

/**
 * Issue 19 #5: short-lived access tokens and refresh tokens, rotated on every use, revocable, and attacked the way a
 * thief of a station device would: a copied token used twice, twenty uses at once, the database read as an insider.
 */
@QuarkusTest
class RefreshTokenTest {

    @Inject
    EntityManager em;

    static String account(List<String> roles, Map<String, String> scope) {
        String name = "rt-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", AuthResourceTest.cec()).contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "a-long-password", "roles", roles, "scope", scope))
                .post("/api/auth/accounts").then().statusCode(201);
        return name;
    }

    static Response login(String name) {
        return given().contentType(ContentType.JSON).body(Map.of("username", name, "password", "a-long-password"))
                .post("/api/auth/token");
    }

    static Response refresh(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("refresh_token", token)).post("/api/auth/refresh");
    }

    static void me(Response pair, int status) {
        given().header("Authorization", "Bearer " + pair.<String>path("access_token")).get("/api/auth/me").then().statusCode(status);
    }

    @Test
    void aRefreshTokenIsUsedOnceAndACopyUsedAgainEndsTheWholeSignIn() {
        String name = account(List.of("observer"), Map.of());
        Response first = login(name);
        first.then().statusCode(200).body("expires_in", equalTo(900)).body("refresh_expires_in", equalTo(86400));
        String r1 = first.path("refresh_token");
        assertTrue(r1.matches("[A-Za-z0-9_-]{43}"), r1);

        Response second = refresh(r1);
        second.then().statusCode(200).body("token_type", equalTo("Bearer")).body("expires_in", equalTo(900));
        String r2 = second.path("refresh_token");
        assertNotEquals(r1, r2);
        me(second, 200);

        // the thief's copy of r1 comes back: refused, and r2 (the owner's, never used) is revoked with it
        refresh(r1).then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        refresh(r2).then().statusCode(401);
        // a new sign-in is a new family, untouched by the revocation
        refresh(login(name).path("refresh_token")).then().statusCode(200);
    }

    @Test
    void twentyUsesOfOneTokenAtOnceGiveOnePairAndThenNone() throws Exception {
        String token = login(account(List.of("observer"), Map.of())).path("refresh_token");
        var pool = Executors.newFixedThreadPool(20);
        List<Response> answers = new ArrayList<>();
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> refresh(token));
            }
            for (Future<Response> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        List<Response> ok = answers.stream().filter(r -> r.statusCode() == 200).toList();
        assertEquals(1, ok.size(), "exactly one use wins");
        assertEquals(19, answers.stream().filter(r -> r.statusCode() == 401).count());
        // the others were reuses: the winner's new token is revoked too
        refresh(ok.get(0).path("refresh_token")).then().statusCode(401);
    }

    @Test
    void theDatabaseHoldsOnlyHashesOfRefreshTokens() {
        String name = account(List.of("observer"), Map.of());
        String token = login(name).path("refresh_token");
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select token_hash from refresh_token where username = ?1").setParameter(1, name).getResultList());
        assertEquals(List.of(Hashes.sha256(token)), rows);
        long raw = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from refresh_token t where row_to_json(t)::text like ?1").setParameter(1, "%" + token + "%")
                .getSingleResult()).longValue());
        assertEquals(0, raw);
    }

    @Test
    void disablingAnAccountOrChangingItsPasswordCutsOffEveryRefreshToken() {
        String name = account(List.of("precinct"), Map.of("precinct", "P1"));
        Response device = login(name);
        given().header("Authorization", AuthResourceTest.cec()).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .patch("/api/auth/accounts/" + name).then().statusCode(200);
        me(device, 401);
        refresh(device.path("refresh_token")).then().statusCode(401);
        given().header("Authorization", AuthResourceTest.cec()).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .patch("/api/auth/accounts/" + name).then().statusCode(200);
        // enabled again, the lost device's refresh token stays revoked: only a new sign-in gets in
        refresh(device.path("refresh_token")).then().statusCode(401);

        Response laptop = login(name);
        given().header("Authorization", "Bearer " + laptop.<String>path("access_token")).contentType(ContentType.JSON)
                .body(Map.of("oldPassword", "a-long-password", "newPassword", "another-long-passphrase"))
                .put("/api/auth/me/password").then().statusCode(200);
        refresh(laptop.path("refresh_token")).then().statusCode(401);
    }

    @Test
    void theNextAccessTokenCarriesTheRolesAsTheyAreNow() {
        String name = account(List.of("observer"), Map.of());
        String token = login(name).path("refresh_token");
        given().header("Authorization", AuthResourceTest.cec()).contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("tec"), "scope", Map.of("district", "D7")))
                .patch("/api/auth/accounts/" + name).then().statusCode(200);
        Response next = refresh(token);
        given().header("Authorization", "Bearer " + next.<String>path("access_token")).get("/api/auth/me").then()
                .statusCode(200).body("roles", hasItem("tec")).body("scope.district", equalTo("D7"));
    }

    @Test
    void signingOutRevokesTheTokenAndTheExpiredOnesAreRefused() {
        String name = account(List.of("observer"), Map.of());
        String token = login(name).path("refresh_token");
        given().contentType(ContentType.JSON).body(Map.of("refresh_token", token)).post("/api/auth/revocation")
                .then().statusCode(204);
        refresh(token).then().statusCode(401);
        // RFC 7009: an unknown token is no error, and says nothing
        given().contentType(ContentType.JSON).body(Map.of("refresh_token", "not-a-token")).post("/api/auth/revocation")
                .then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/auth/refresh").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));

        String expiring = login(name).path("refresh_token");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update refresh_token set expires_at = now() - interval '1 second' where token_hash = ?1")
                .setParameter(1, Hashes.sha256(expiring)).executeUpdate());
        refresh(expiring).then().statusCode(401);
        assertFalse(expiring.isEmpty());
    }
}
