package kz.saylau.candidate.party;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.saylau.platform.testing.Race;
import kz.saylau.platform.testing.Tokens;

/**
 * Many clients register the same party at once: one 201, every other a 409 (PARTY_EXISTS, or CONCURRENT_CHANGE when
 * the unique index caught the race at the commit), never a 500; one party is left.
 */
@QuarkusTest
class PartyRaceTest {

    private static final int CLIENTS = 32;

    @Test
    void racingRegistrationsOfOnePartyGiveOne201AndOnly409s() throws Exception {
        String cec = Tokens.bearer(Tokens.cec());
        String code = "R" + UUID.randomUUID().toString().substring(0, 8);
        List<Response> answers = Race.of(CLIENTS, () -> given().header("Authorization", cec).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Race " + code)).post("/api/parties"));
        Race.assertOneCreated(answers, "PARTY_EXISTS", "CONCURRENT_CHANGE");
        List<String> codes = given().get("/api/parties").then().statusCode(200).extract().jsonPath().getList("code");
        assertEquals(1, codes.stream().filter(code::equals).count(), "one party is left");
    }
}
