package kz.saylau.system;

import static io.restassured.RestAssured.given;
import static kz.saylau.system.SystemUnderTest.BALLOT;
import static kz.saylau.system.SystemUnderTest.GATEWAY;
import static kz.saylau.system.SystemUnderTest.RESULTS;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;

/**
 * The whole running system, driven through the gateway: a unit created in candidate-service reaches
 * ballot-service and results-service through the real Kafka broker, even when the broker is down for a while.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonIT {

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<Map<String, Object>> tree(String run) {
        return List.of(Map.of("code", "R" + run, "name", "Ақмола облысы", "level", "REGION"),
                Map.of("code", "D" + run, "name", "Бурабай ауданы", "level", "DISTRICT", "parentCode", "R" + run),
                Map.of("code", "U" + run, "name", "Қатаркөл ауылдық округі", "level", "RURAL", "parentCode", "D" + run));
    }

    private static void awaitKnownEverywhere(String code, Duration within) {
        for (String service : List.of(BALLOT, RESULTS)) {
            await(service + " knows " + code).atMost(within).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    given().baseUri(service).get("/internal/units/" + code).then().statusCode(200)
                            .body("name", equalTo("Қатаркөл ауылдық округі")));
        }
    }

    @Test
    @Order(1)
    void aUnitCreatedThroughTheGatewayReachesEveryService() {
        String run = run();
        String cec = SystemUnderTest.cec();
        given().baseUri(GATEWAY).header("Authorization", cec).contentType(ContentType.JSON).body(tree(run))
                .when().post("/api/units").then().statusCode(201);
        given().baseUri(GATEWAY).get("/api/units/U" + run).then().statusCode(200)
                .body("name", equalTo("Қатаркөл ауылдық округі")).body("regionCode", equalTo("R" + run));
        awaitKnownEverywhere("U" + run, Duration.ofSeconds(20));
    }

    @Test
    @Order(2)
    void unitsCreatedWhileKafkaIsDownArriveWhenItIsBack() throws Exception {
        String cec = SystemUnderTest.cec();
        String run = run();
        SystemUnderTest.saylau("kafka", "stop");
        try {
            // requests still succeed: the events wait in candidate-service's outbox
            given().baseUri(GATEWAY).header("Authorization", cec).contentType(ContentType.JSON).body(tree(run))
                    .when().post("/api/units").then().statusCode(201);
            // the unit's event is kept, unpublished, in candidate-service's outbox (read as an insider), and no
            // other service knows the unit yet
            try (var db = SystemUnderTest.database("candidate");
                    var q = db.prepareStatement("select published_at from outbox_event where subject = ?")) {
                q.setString(1, "U" + run);
                try (var rs = q.executeQuery()) {
                    org.junit.jupiter.api.Assertions.assertTrue(rs.next(), "the unit's event is in the outbox");
                    org.junit.jupiter.api.Assertions.assertNull(rs.getObject(1), "and not published while Kafka is down");
                }
            }
            given().baseUri(BALLOT).get("/internal/units/U" + run).then().statusCode(404);
        } finally {
            SystemUnderTest.saylau("kafka", "start");
        }
        awaitKnownEverywhere("U" + run, Duration.ofSeconds(90));
    }

    @Test
    @Order(3)
    void theSimulationClockMovesEveryServiceForwardOnly() {
        String cec = SystemUnderTest.cec();
        OffsetDateTime now = OffsetDateTime.parse(given().baseUri(GATEWAY).header("Authorization", cec)
                .get("/api/admin/clock").then().statusCode(200).extract().path("now"));
        OffsetDateTime target = now.plusDays(1);
        given().baseUri(GATEWAY).header("Authorization", cec).contentType(ContentType.JSON)
                .body(Map.of("now", target.toString()))
                .when().put("/api/admin/clock").then().statusCode(200);
        for (String service : List.of(BALLOT, RESULTS)) {
            OffsetDateTime theirs = OffsetDateTime.parse(given().baseUri(service).header("Authorization", cec)
                    .get("/internal/clock").then().statusCode(200).extract().path("now"));
            org.junit.jupiter.api.Assertions.assertTrue(!theirs.isBefore(target) && theirs.isBefore(target.plusMinutes(1)),
                    service + " has the new time: " + theirs);
        }
        given().baseUri(GATEWAY).header("Authorization", cec).contentType(ContentType.JSON)
                .body(Map.of("now", now.toString()))
                .when().put("/api/admin/clock").then().statusCode(422).body("code", equalTo("CLOCK_BACKWARDS"));
    }

    @Test
    @Order(4)
    void everyServiceChecksTheTokenItself() {
        // straight to a service port, bypassing the gateway: no token, no unit
        given().baseUri("http://127.0.0.1:" + SystemUnderTest.env("SAYLAU_CANDIDATE_PORT", "8081"))
                .contentType(ContentType.JSON).body(tree(run()).get(0))
                .when().post("/api/units").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().baseUri(GATEWAY).contentType(ContentType.JSON).body(tree(run()).get(0))
                .when().post("/api/units").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }
}
