package kz.saylau.gateway.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Many clients create the same account at once: the unique index, not the look-up before it, decides. Exactly one
 * gets 201; every other is a 409 (ACCOUNT_EXISTS, or CONCURRENT_CHANGE when the index caught the race), never a 500,
 * and one account is left.
 */
@QuarkusTest
class AccountRaceTest {

    private static final int CLIENTS = 24;

    private static String cec() {
        return "Bearer " + given().contentType(ContentType.JSON).body(Map.of("username", "cec", "password", "cec-dev-password"))
                .post("/api/auth/token").then().statusCode(200).extract().path("access_token");
    }

    @Test
    void racingCreationsOfOneAccountGiveOne201AndOnly409s() throws Exception {
        String cec = cec();
        String name = "race-" + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return given().header("Authorization", cec).contentType(ContentType.JSON)
                            .body(Map.of("username", name, "password", "a-long-password", "roles", List.of("observer")))
                            .post("/api/auth/accounts");
                }));
            }
            go.countDown();
            int created = 0;
            for (Future<Response> answer : answers) {
                Response r = answer.get(60, TimeUnit.SECONDS);
                if (r.statusCode() == 201) {
                    created++;
                    continue;
                }
                assertEquals(409, r.statusCode(), "a losing client is told of the conflict: " + r.asString());
                String code = r.path("code");
                assertTrue(List.of("ACCOUNT_EXISTS", "CONCURRENT_CHANGE").contains(code), "code " + code);
            }
            assertEquals(1, created, "exactly one creation wins");
        } finally {
            pool.shutdownNow();
        }
        given().header("Authorization", cec).get("/api/auth/accounts/" + name).then().statusCode(200);
    }
}
