package kz.saylau.gateway.protection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The limits with small settings, so that a test reaches them quickly; each test leaves the buckets refilled. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("saylau.limits.anonymous-per-second", "20",
                    "saylau.limits.writes-per-second", "5",
                    "saylau.limits.login.failures-per-username", "6",
                    "saylau.limits.login.failures-per-address", "40",
                    "saylau.limits.login.period", "1m",
                    "saylau.limits.login.lockout-after", "3",
                    "saylau.limits.login.lockout-for", "3s",
                    // as behind a load balancer: a test that empties an address's bucket uses an address of its own
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/auth/token");
    }

    private static String cec() {
        return "Bearer " + login("cec", "cec-dev-password").then().statusCode(200).extract().path("access_token");
    }

    private static String newAccount(String cec) {
        String name = "rl-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", cec).contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "a-long-password", "roles", List.of("observer")))
                .post("/api/auth/accounts").then().statusCode(201);
        return name;
    }

    /** Sends until refused; returns the refusal, checked as api.md's 429. */
    private static Response untilRefused(java.util.function.Supplier<Response> call, int atMost) {
        for (int i = 0; i < atMost; i++) {
            Response r = call.get();
            if (r.statusCode() == 429) {
                r.then().contentType("application/problem+json").body("code", equalTo("RATE_LIMITED"))
                        .header("Retry-After", notNullValue());
                long retryAfter = Long.parseLong(r.header("Retry-After"));
                assertTrue(retryAfter >= 1, "Retry-After is whole seconds, at least 1");
                return r;
            }
        }
        throw new AssertionError("no 429 after " + atMost + " calls");
    }

    /** Polls a call until it is let through again, for at most the Retry-After the refusal named, plus a margin. */
    private static Response untilLetThrough(Response refused, java.util.function.Supplier<Response> call) {
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        Response[] last = new Response[1];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(retryAfter + 2))
                .pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> (last[0] = call.get()).statusCode() != 429);
        return last[0];
    }

    @Test
    void anonymousCallsPerAddressAreLimitedAndLetThroughAgainAfterRetryAfter() {
        String address = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        Response refused = untilRefused(() -> given().header("X-Forwarded-For", address).get("/api/auth/me"), 200);
        // another address was never held back; this one is answered again once its bucket has refilled
        given().header("X-Forwarded-For", "198.51.100.9").get("/api/auth/me").then().statusCode(401);
        untilLetThrough(refused, () -> given().header("X-Forwarded-For", address).get("/api/auth/me")).then()
                .statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void writesPerAccountAreLimitedButReadsAreNot() {
        String cec = cec();
        // a write that the gateway itself refuses with 422 still spends from the account's bucket
        Response refused = untilRefused(() -> given().header("Authorization", cec).contentType(ContentType.JSON)
                .body(Map.of("username", "x", "password", "short", "roles", List.of("observer")))
                .post("/api/auth/accounts"), 100);
        // reads by the same account go on while its writes wait
        for (int i = 0; i < 30; i++) {
            given().header("Authorization", cec).get("/api/auth/me").then().statusCode(200);
        }
        // the account writes again once its bucket has a token: a real write then goes through
        untilLetThrough(refused, () -> given().header("Authorization", cec).contentType(ContentType.JSON)
                .body(Map.of("username", "rl-" + UUID.randomUUID().toString().substring(0, 8), "password", "a-long-password",
                        "roles", List.of("observer")))
                .post("/api/auth/accounts")).then().statusCode(201);
    }

    @jakarta.inject.Inject
    kz.saylau.gateway.platform.GatewayConfig config;

    @jakarta.inject.Inject
    @io.quarkus.agroal.DataSource("limits")
    io.agroal.api.AgroalDataSource limitsDatabase;

    /**
     * Issue 18: behind the load balancer a client's calls reach every gateway. Failed logins and writes spent through
     * another gateway (a second RateLimits on the same database, as that instance holds it) count here too: the limit
     * is one limit, not one per gateway.
     */
    @jakarta.inject.Inject
    RateLimits limits;

    /**
     * A hundred writes of one account at the same moment, half through this gateway and half through another, as a
     * client spreading its calls over the balancer would: exactly the bucket's tokens are spent, its burst of 10 plus
     * what refilled meanwhile (5 a second), never more (each use is one transaction on the bucket's row).
     */
    @Test
    void aHundredWritesOfOneAccountAtOnceSpendExactlyTheBucket() throws Exception {
        RateLimits otherGateway = new RateLimits(config, limitsDatabase);
        String account = "race-" + UUID.randomUUID();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(32);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Boolean>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 100; i++) {
                RateLimits gateway = i % 2 == 0 ? limits : otherGateway;
                calls.add(pool.submit(() -> {
                    start.await();
                    return gateway.write(account).isEmpty();
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            int let = 0;
            for (var call : calls) {
                let += call.get(30, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            assertTrue(let >= 10 && let <= 10 + (int) Math.ceil(5 * seconds), let + " writes let through in " + seconds + " s");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failedLoginsAndWritesSpentThroughAnotherGatewayCountHere() {
        RateLimits otherGateway = new RateLimits(config, limitsDatabase);
        String name = newAccount(cec());
        for (int i = 0; i < 6; i++) {
            otherGateway.loginFailed(name, "203.0.113.250");
        }
        // even the right password waits: the username's failures were spent elsewhere
        login(name, "a-long-password").then().statusCode(429).body("code", equalTo("RATE_LIMITED"))
                .header("Retry-After", notNullValue());

        String writer = newAccount(cec());
        String bearer = "Bearer " + login(writer, "a-long-password").then().statusCode(200).extract().path("access_token");
        given().header("Authorization", bearer).contentType(ContentType.JSON).body(Map.of()).post("/api/auth/accounts")
                .then().statusCode(403);
        while (otherGateway.write(writer).isEmpty()) {
            // the other gateway spends the account's whole bucket
        }
        given().header("Authorization", bearer).contentType(ContentType.JSON).body(Map.of()).post("/api/auth/accounts")
                .then().statusCode(429).body("code", equalTo("RATE_LIMITED"));
    }

    @Test
    void failedLoginsForOneUsernameAreThrottledEvenBeforeTheRightPassword() {
        // an unknown username: throttled like a known one, so the answer does not tell whether it exists
        String name = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 6; i++) {
            login(name, "guess-" + i).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        }
        Response refused = untilRefused(() -> login(name, "guess"), 1);
        assertTrue(Long.parseLong(refused.header("Retry-After")) <= 60);
        // another username from the same address is not held back by it
        login("cec", "cec-dev-password").then().statusCode(200);
    }

    @Test
    void repeatedFailuresLockTheAccountUntilTheLockEnds() {
        String cec = cec();
        String name = newAccount(cec);
        for (int i = 0; i < 3; i++) {
            login(name, "wrong-password-" + i).then().statusCode(401);
        }
        // locked: even the right password waits
        Response locked = login(name, "a-long-password");
        locked.then().statusCode(429).body("code", equalTo("RATE_LIMITED"));
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3, "locked for the configured 3 s, told " + retryAfter);
        given().header("Authorization", cec).get("/api/auth/accounts/" + name)
                .then().statusCode(200).body("lockedUntil", notNullValue());
        // the lock ends on its own: the account shows it, then the right password is taken
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(retryAfter + 2))
                .pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> given().header("Authorization", cec).get("/api/auth/accounts/" + name).jsonPath()
                        .get("lockedUntil") == null);
        login(name, "a-long-password").then().statusCode(200);
        given().header("Authorization", cec).get("/api/auth/accounts/" + name)
                .then().statusCode(200).body("lockedUntil", nullValue());
    }

    @Test
    void enablingAnAccountLiftsItsLockout() {
        String cec = cec();
        String name = newAccount(cec);
        for (int i = 0; i < 3; i++) {
            login(name, "wrong-password-" + i).then().statusCode(401);
        }
        assertEquals(429, login(name, "a-long-password").statusCode());
        given().header("Authorization", cec).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .patch("/api/auth/accounts/" + name).then().statusCode(200).body("lockedUntil", nullValue());
        login(name, "a-long-password").then().statusCode(200);
    }
}
