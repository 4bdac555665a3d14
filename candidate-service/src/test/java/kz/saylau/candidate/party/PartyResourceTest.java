package kz.saylau.candidate.party;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

@QuarkusTest
class PartyResourceTest {

    final String cec = Tokens.bearer(Tokens.cec());

    @Test
    void cecRegistersAPartyAndItIsAnnounced() throws Exception {
        String code = "P" + UUID.randomUUID().toString().substring(0, 8);
        try (var territory = KafkaTopics.tail("test.saylau.territory")) {
            given().header("Authorization", cec).contentType(ContentType.JSON)
                    .body(Map.of("code", code, "name", "«Ақ жол» Қазақстанның демократиялық партиясы"))
                    .post("/api/parties").then().statusCode(201).body("code", equalTo(code))
                    .body("name", equalTo("«Ақ жол» Қазақстанның демократиялық партиясы"));
            var announced = KafkaTopics.await(territory, r -> code.equals(r.key()), Duration.ofSeconds(20));
            assertFalse(announced.isEmpty());
            assertEquals("saylau.party.registered.v1", KafkaTopics.header(announced.get(0), "ce_type"));
        }
        given().get("/api/parties").then().statusCode(200).body("code", hasItem(code))
                .header("X-Total-Count", org.hamcrest.Matchers.notNullValue());
        given().header("Authorization", cec).contentType(ContentType.JSON).body(Map.of("code", code, "name", "again"))
                .post("/api/parties").then().statusCode(409).body("code", equalTo("PARTY_EXISTS"));
    }

    @Test
    void onlyTheCecRegistersAndBadInputIs400() {
        String tec = Tokens.bearer(Tokens.of("tec1", "tec", Map.of("district", "D1")));
        given().contentType(ContentType.JSON).body(Map.of("code", "PX", "name", "x")).post("/api/parties")
                .then().statusCode(401);
        given().header("Authorization", tec).contentType(ContentType.JSON).body(Map.of("code", "PX", "name", "x"))
                .post("/api/parties").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().header("Authorization", cec).contentType(ContentType.JSON).body(Map.of("code", "bad code!", "name", ""))
                .post("/api/parties").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("code")).body("violations.field", hasItem("name"));
    }

    /** api.md: who may call is asked before what was sent (401, then 403, then 415). */
    @Test
    void whoMayCallIsAskedBeforeTheMediaType() {
        String tec = Tokens.bearer(Tokens.of("tec1", "tec", Map.of("district", "D1")));
        given().contentType("text/html").body("<p>PX</p>").post("/api/parties").then().statusCode(401);
        given().header("Authorization", tec).contentType("text/html").body("<p>PX</p>").post("/api/parties")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().header("Authorization", cec).contentType("text/html").body("<p>PX</p>").post("/api/parties")
                .then().statusCode(415).contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().header("Authorization", cec).contentType("text/plain").body("{\"code\":\"PX\",\"name\":\"x\"}")
                .post("/api/parties").then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().header("Authorization", cec).noContentType().body("{\"code\":\"PX\",\"name\":\"x\"}".getBytes())
                .post("/api/parties").then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void idempotentRetryOfARegistration() {
        String code = "P" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", cec).header("Idempotency-Key", "party-" + code).contentType(ContentType.JSON)
                    .body(Map.of("code", code, "name", "Respublica")).post("/api/parties")
                    .then().statusCode(201).body("code", equalTo(code));
        }
        given().header("Authorization", cec).header("Idempotency-Key", "party-" + code).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Other")).post("/api/parties")
                .then().statusCode(409).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    /** A name with a control character is refused; a name is stored in Unicode NFC, as it would be typed precomposed. */
    @Test
    void namesWithControlCharactersAreRefusedAndNamesAreKeptInNfc() {
        String code = "N" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", cec).contentType(ContentType.JSON).body(Map.of("code", code, "name", "i\u001a party"))
                .post("/api/parties").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("name"));
        given().header("Authorization", cec).contentType(ContentType.JSON).body(Map.of("code", code, "name", "Cafe\u0301"))
                .post("/api/parties").then().statusCode(201).body("name", equalTo("Caf\u00e9"));
    }
}
