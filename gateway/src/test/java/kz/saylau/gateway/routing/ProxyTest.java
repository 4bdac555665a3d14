package kz.saylau.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** The reverse proxy against real HTTP origins (see FakeOrigins): routing, headers, bodies, 503, streaming. */
@QuarkusTest
class ProxyTest {

    @Test
    void requestsReachTheOwningServiceUnchanged() {
        given().header("Authorization", "Bearer abc").queryParam("level", "RURAL")
                .when().get("/api/units")
                .then().statusCode(200).body("service", equalTo("candidate")).body("path", equalTo("/api/units"))
                .body("query", equalTo("level=RURAL")).body("authorization", equalTo("Bearer abc"));
        given().when().get("/api/elections/e1/ballot")
                .then().statusCode(200).body("service", equalTo("ballot"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Қатаркөл ауылдық округі"))
                .when().post("/api/precincts")
                .then().statusCode(201).body("service", equalTo("ballot")).body("body.name", equalTo("Қатаркөл ауылдық округі"))
                .header("Location", equalTo("/api/precincts/X1"));
    }

    /**
     * Issue 18: two instances of a service. candidate-service's first instance is down (a closed port), so each call
     * whose turn it is would be refused: it goes to the other, and every client gets its answer. ballot-service's two
     * instances both answer, and share the calls.
     */
    @Test
    void callsAreSpreadOverAServicesInstancesAndOneThatIsDownIsSkipped() {
        java.util.Set<Integer> ballots = new java.util.HashSet<>();
        for (int i = 0; i < 20; i++) {
            given().get("/api/units").then().statusCode(200).body("service", equalTo("candidate"));
            given().contentType(ContentType.JSON).body(Map.of("name", "Мектеп №" + i)).post("/api/parties")
                    .then().statusCode(201).body("service", equalTo("candidate")).body("body.name", equalTo("Мектеп №" + i));
            ballots.add(given().get("/api/precincts").then().statusCode(200).extract().path("instance"));
        }
        org.junit.jupiter.api.Assertions.assertEquals(2, ballots.size(), "both ballot-service instances got calls");
    }

    @Test
    void aRequestIdIsKeptOrMadeAndReachesTheServiceAndTheClient() {
        given().header("X-Request-Id", "station-17.attempt-2").get("/api/elections/E1").then().statusCode(200)
                .header("X-Request-Id", "station-17.attempt-2").body("requestId", org.hamcrest.Matchers.equalTo("station-17.attempt-2"));
        var made = given().header("X-Request-Id", "<script>").get("/api/elections/E1").then().statusCode(200).extract();
        String id = made.header("X-Request-Id");
        org.junit.jupiter.api.Assertions.assertTrue(id.matches("[0-9a-f-]{36}"), id);
        org.junit.jupiter.api.Assertions.assertEquals(id, made.path("requestId"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (var answer : java.util.List.of(given().get("/api/elections/E1"), given().get("/api/results/elections/x"),
                given().get("/api/nothing-here"))) {
            answer.then().header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))
                    .header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
        }
    }

    @Test
    void webClientsOfTheConfiguredOriginsMayCallTheApiOthersMayNot() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/elections").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        given().header("Origin", "http://localhost:3000").get("/api/elections/E1").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("ETag"));
        given().header("Origin", "https://evil.example").get("/api/elections/E1").then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    /** Every method the API uses passes a browser's preflight: PATCH too (precincts, accounts), not only GET to DELETE. */
    @Test
    void aPreflightAllowsEveryMethodTheApiUses() {
        for (String method : java.util.List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
            given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", method)
                    .header("Access-Control-Request-Headers", "authorization,content-type")
                    .options("/api/precincts/P1").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", "http://localhost:5173")
                    .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString(method));
        }
    }

    /** api.md: who calls is asked before what was sent. Too large is refused unread; the type is the service's to check. */
    @Test
    void tooLargeBodiesAreRefusedAtTheEdgeAfterAskingForAToken() {
        String huge = "{\"x\":\"" + "a".repeat(5 * 1024 * 1024) + "\"}";
        given().contentType("application/json").body(huge).post("/api/elections")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"))
                .header("WWW-Authenticate", "Bearer");
        given().header("Authorization", kz.saylau.gateway.audit.AuditTrailTest.cec()).contentType("application/json").body(huge)
                .post("/api/elections").then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
        // the writes anyone may make: no token is needed, so the size is what is wrong
        given().contentType("application/json").body(huge).post("/api/elections/E1/votes")
                .then().statusCode(413).body("code", equalTo("PAYLOAD_TOO_LARGE"));
        // a body of another type goes on to its service, which asks for the token and the role first
        given().contentType("text/html").body("<p>hello</p>").post("/api/elections")
                .then().statusCode(201).body(org.hamcrest.Matchers.containsString("\"service\":\"candidate\""));
        given().contentType("text/csv").body("code,name\nU1,A\n").post("/api/units").then().statusCode(201);
    }

    @Test
    void aNotModifiedAnswerGoesOutWithoutABody() {
        given().header("If-None-Match", "\"v1\"").get("/api/elections/E1").then().statusCode(304)
                .header("ETag", "\"v1\"").header("Transfer-Encoding", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aServiceThatDoesNotAnswerIs503Unavailable() {
        given().when().get("/api/results/summary")
                .then().statusCode(503).contentType("application/problem+json").body("code", equalTo("UNAVAILABLE"));
    }

    /**
     * Issue 20 #20: a connection the service closed is picked for a call (a restart, an idle timer). The call never
     * got an answer, so it goes again on a fresh connection: the client sees the service's answer, not a 503.
     */
    @Test
    void aCallWhoseConnectionWasLostBeforeAnyAnswerIsSentAgainOnAFreshOne() {
        given().get("/api/precincts/dropped-once/A").then().statusCode(200).body("service", equalTo("ballot"))
                .body("attempt", equalTo(2));
        given().contentType(ContentType.JSON).body(Map.of("code", "P-17", "name", "Мектеп №3"))
                .post("/api/precincts/dropped-once/B").then().statusCode(201)
                .body("attempt", equalTo(2)).body("body.code", equalTo("P-17")).body("body.name", equalTo("Мектеп №3"));
    }

    @Test
    void aCallIsSentAgainOnlyOnceAndThenAnswers503() {
        given().contentType(ContentType.JSON).body(Map.of("code", "P-18")).post("/api/precincts/dropped-always/C")
                .then().statusCode(503).contentType("application/problem+json").body("code", equalTo("UNAVAILABLE"));
        given().get("/api/precincts/attempts/dropped-always/C").then().statusCode(200).body("attempts", equalTo(2));
    }

    @Test
    void unknownApiPathsAre404Problems() {
        given().when().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void serverSentEventsAreStreamedNotBuffered() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long start = System.nanoTime();
        HttpResponse<java.io.InputStream> response = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + "/api/elections/e1/stream")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null && !line.startsWith("data:")) {
                // skip the event line
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(line != null && line.contains("\"n\":1"), "first event arrived: " + line);
            assertTrue(millis < 1500, "the first event came before the origin finished (2 s later), after " + millis + " ms");
        }
    }

    @Test
    void aServiceThatIsTooSlowIs503InsteadOfAHangingClient() {
        long start = System.nanoTime();
        given().get("/api/units/slow").then().statusCode(503).contentType("application/problem+json")
                .body("code", equalTo("UNAVAILABLE")).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(tookMillis < 4000,
                "answered after the 2 s answer timeout, not after the origin's 4 s: " + tookMillis + " ms");
        // the service itself is fine: the next call is answered
        given().get("/api/units/fast").then().statusCode(200).body("service", equalTo("candidate"));
    }

    @Test
    void aFailingServiceTripsItsBreakerAndCallsArePausedNotQueued() {
        java.util.List<String> details = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            details.add(given().get("/api/results/summary").then().statusCode(503).body("code", equalTo("UNAVAILABLE"))
                    .extract().path("detail"));
        }
        org.junit.jupiter.api.Assertions.assertTrue(details.get(0).contains("does not answer"), details.get(0));
        org.junit.jupiter.api.Assertions.assertTrue(details.get(details.size() - 1).contains("paused"),
                "after 20 failures in a row the breaker is open: " + details.get(details.size() - 1));
        // only results-service's breaker opened: the other services are reached as before
        given().get("/api/units").then().statusCode(200).body("service", equalTo("candidate"));
    }

    @Test
    void clientsThatHangUpDoNotTripTheBreakerOfAServiceThatIsFine() throws Exception {
        // a refresh storm's clients come and go: 25 of them ask for a slow answer and hang up before it comes
        String path = "/api/units/hangup-" + java.util.UUID.randomUUID() + "/slow";
        java.util.List<java.net.Socket> clients = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            java.net.Socket client = new java.net.Socket("localhost", RestAssured.port);
            client.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            clients.add(client);
        }
        // every call reached the service before its client hung up
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> given()
                .get(path.replace("/api/units/", "/api/units/attempts/")).then().extract().<Integer>path("attempts") == 25);
        for (java.net.Socket client : clients) {
            client.close();
        }
        // one more slow call, whose client waits: when its 503 comes, the answer timeout of the 25 has passed too,
        // so whatever they did has been counted by the breaker
        given().get("/api/units/" + java.util.UUID.randomUUID() + "/slow").then().statusCode(503);
        // the service was never at fault, so its calls are not paused
        given().get("/api/units/fast").then().statusCode(200).body("service", equalTo("candidate"));
    }

    /** A body sent in chunks, without a Content-Length: java.net.http does that for a stream of unknown length. */
    private static HttpResponse<String> chunked(byte[] body, HttpClient.Version version) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/units"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build();
        return HttpClient.newBuilder().version(version).build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(HttpClient.Version.class)
    void aBodyWithoutADeclaredLengthIsCountedAtTheEdgeToo(HttpClient.Version version) throws Exception {
        HttpResponse<String> small = chunked("{\"code\":\"R1\",\"name\":\"Ақмола\"}".getBytes(StandardCharsets.UTF_8), version);
        org.junit.jupiter.api.Assertions.assertEquals(201, small.statusCode(), small.body());
        assertTrue(small.body().contains("\"name\":\"Ақмола\""), "forwarded whole: " + small.body());
        byte[] huge = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        HttpResponse<String> refused = chunked(huge, version);
        org.junit.jupiter.api.Assertions.assertEquals(413, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("PAYLOAD_TOO_LARGE"), refused.body());
    }
}
