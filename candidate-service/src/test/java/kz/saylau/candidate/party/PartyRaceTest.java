package kz.saylau.candidate.party;

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
import kz.saylau.platform.testing.Tokens;

/**
 * Many clients register the same party at once: one 201, every other a 409 (PARTY_EXISTS, or CONCURRENT_CHANGE when
 * the unique index caught the race at the commit), never a 500; one party is left and announced.
 */
@QuarkusTest
class PartyRaceTest {

    private static final int CLIENTS = 32;

    @Test
    void racingRegistrationsOfOnePartyGiveOne201AndOnly409s() throws Exception {
        String cec = Tokens.bearer(Tokens.cec());
        String code = "R" + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return given().header("Authorization", cec).contentType(ContentType.JSON)
                            .body(Map.of("code", code, "name", "Race " + code)).post("/api/parties");
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
                String problem = r.path("code");
                assertTrue(List.of("PARTY_EXISTS", "CONCURRENT_CHANGE").contains(problem), "code " + problem);
            }
            assertEquals(1, created, "exactly one registration wins");
        } finally {
            pool.shutdownNow();
        }
        List<String> codes = given().get("/api/parties").then().statusCode(200).extract().jsonPath().getList("code");
        assertEquals(1, codes.stream().filter(code::equals).count(), "one party is left");
    }
}
