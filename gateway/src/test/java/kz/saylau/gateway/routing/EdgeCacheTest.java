package kz.saylau.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The gateway's copy of reads a service lets shared caches keep (R-X5), against a real origin (FakeOrigins'
 * {@code /cacheable/} paths: {@code max-age=1}, an ETag per call, {@code Vary: Accept-Language}, and a body saying which
 * call of the path made it). Attacked as a dashboard storm and a careless cache would be: stale copies, the wrong
 * language, private answers, a hundred clients at once.
 */
@QuarkusTest
class EdgeCacheTest {

    private static String path() {
        return "/api/precincts/cacheable/" + UUID.randomUUID();
    }

    /** How many calls of {@code path} reached the service. */
    private static int serviceCalls(String path) {
        return given().get(path.replace("/cacheable/", "/attempts/cacheable/")).then().statusCode(200)
                .extract().path("attempts");
    }

    @Test
    void R_X5_aReadIsAnsweredFromTheCopyUntilItsMaxAgeAndNeverAfter() {
        String path = path();
        long start = System.currentTimeMillis();
        record Answer(long sentAt, int attempt, long madeAt, long age) {
        }
        List<Answer> answers = new ArrayList<>();
        // a dashboard refreshing as fast as it can, until the service has been asked a second time
        while (answers.isEmpty() || answers.get(answers.size() - 1).attempt() < 2) {
            long sent = System.currentTimeMillis();
            assertTrue(sent - start < 10_000, "the copy was never renewed");
            Response r = given().get(path);
            r.then().statusCode(200).header("Cache-Control", "max-age=1");
            answers.add(new Answer(sent, r.path("attempt"), r.<Long>path("madeAt"), Long.parseLong(r.header("Age"))));
        }
        assertEquals(1, answers.get(0).attempt());
        long fromFirstCopy = answers.stream().filter(a -> a.attempt() == 1).count();
        assertTrue(fromFirstCopy > 5, "the first copy answered " + fromFirstCopy + " calls");
        for (Answer a : answers) {
            assertTrue(a.age() <= 1, "Age " + a.age() + " is past max-age=1");
            // the service made the answer at madeAt: given to a call sent a second or more after that, it was past
            // its max-age when the gateway chose it
            assertTrue(a.sentAt() - a.madeAt() < 1000, "an answer made at " + a.madeAt() + " was given to a call sent "
                    + (a.sentAt() - a.madeAt()) + " ms later");
        }
        assertEquals(2, serviceCalls(path), "one call to the service per copy, whatever the number of readers");
    }

    @Test
    void R_X5_eachLanguageHasItsOwnCopy() {
        String path = path();
        given().header("Accept-Language", "kk").get(path).then().statusCode(200).body("attempt", equalTo(1))
                .body("language", equalTo("kk"));
        given().header("Accept-Language", "ru").get(path).then().statusCode(200).body("attempt", equalTo(2))
                .body("language", equalTo("ru"));
        given().header("Accept-Language", "kk").get(path).then().statusCode(200).body("attempt", equalTo(1))
                .body("language", equalTo("kk"));
        given().header("Accept-Language", "ru").get(path).then().statusCode(200).body("attempt", equalTo(2));
        assertEquals(2, serviceCalls(path));
    }

    @Test
    void R_X5_aClientHoldingTheVersionGets304FromTheCopy() {
        String path = path();
        given().get(path).then().statusCode(200).body("attempt", equalTo(1)).header("ETag", "\"a1\"");
        given().header("If-None-Match", "\"a1\"").get(path).then().statusCode(304).header("ETag", "\"a1\"")
                .header("Cache-Control", "max-age=1").header("Age", org.hamcrest.Matchers.notNullValue());
        given().header("If-None-Match", "W/\"a1\", \"other\"").get(path).then().statusCode(304).header("ETag", "\"a1\"");
        given().header("If-None-Match", "\"a0\"").get(path).then().statusCode(200).body("attempt", equalTo(1));
        assertEquals(1, serviceCalls(path));
        // when the copy is too old, the call renewing it asks the service for the whole answer (not the client's 304),
        // so the copy has the bytes for those who need them; this client, holding an older version, gets them too
        long start = System.currentTimeMillis();
        Response renewed;
        do {
            assertTrue(System.currentTimeMillis() - start < 10_000, "the copy was never renewed");
            renewed = given().header("If-None-Match", "\"a1\"").get(path);
        } while (renewed.statusCode() == 304);
        renewed.then().statusCode(200).body("attempt", equalTo(2)).body("ifNoneMatch", equalTo("null")).header("ETag", "\"a2\"");
        given().header("If-None-Match", "\"a2\"").get(path).then().statusCode(304);
        assertEquals(2, serviceCalls(path));
    }

    @Test
    void aClientsFirstCallWithItsVersionIsPassedOnAsItCame() {
        // an address not seen before: the service answers the client's If-None-Match itself
        String path = path();
        given().header("If-None-Match", "\"a1\"").get(path).then().statusCode(304).header("ETag", "\"a1\"");
        given().get(path).then().statusCode(200).body("attempt", equalTo(2));
        given().get(path).then().statusCode(200).body("attempt", equalTo(2));
    }

    @Test
    void callsWithATokenOrAskingForTheServiceAndPrivateAnswersNeverUseACopy() {
        String withToken = path();
        given().header("Authorization", "Bearer not-a-token").get(withToken).then().statusCode(200).body("attempt", equalTo(1));
        given().header("Authorization", "Bearer not-a-token").get(withToken).then().statusCode(200).body("attempt", equalTo(2));
        given().get(withToken).then().statusCode(200).body("attempt", equalTo(3));
        given().header("Authorization", "Bearer not-a-token").get(withToken).then().statusCode(200).body("attempt", equalTo(4));

        String noCache = path();
        given().get(noCache).then().statusCode(200).body("attempt", equalTo(1));
        given().header("Cache-Control", "no-cache").get(noCache).then().statusCode(200).body("attempt", equalTo(2));
        given().header("Pragma", "no-cache").get(noCache).then().statusCode(200).body("attempt", equalTo(3));

        for (String cacheControl : List.of("private,max-age=60", "no-store", "no-cache", "max-age=0")) {
            String path = path();
            for (int call = 1; call <= 3; call++) {
                given().get(path + "?cc=" + cacheControl).then().statusCode(200).body("attempt", equalTo(call));
            }
        }
    }

    @Test
    void aHundredClientsAskingAtOnceForAMissingCopyMakeOneCallToTheService() throws Exception {
        // a copy kept five seconds, so that those coming after the service answered are served from it, not a new call
        String path = path() + "/lagging";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path + "?cc=max-age=5")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Set<String> bodies = new HashSet<>();
        for (var call : calls) {
            HttpResponse<String> answer = call.get(30, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode(), answer.body());
            bodies.add(answer.body());
        }
        assertEquals(1, bodies.size(), "every client got the one answer: " + bodies);
        assertTrue(bodies.iterator().next().contains("\"attempt\":1"));
        assertEquals(1, serviceCalls(path));
    }
}
