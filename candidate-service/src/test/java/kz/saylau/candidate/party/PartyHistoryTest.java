package kz.saylau.candidate.party;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import kz.saylau.candidate.election.ElectionFixture;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

/** R-N9 through the API: a party renamed and suspended, its history, and candidates keeping the name they stood under. */
@QuarkusTest
class PartyHistoryTest {

    final String cec = Tokens.bearer(Tokens.cec());

    RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    static Response nominate(ElectionFixture f, String election, String party, int serial) {
        LocalDate born = LocalDate.parse(f.election(election).<String>path("votingDay")).minusYears(40 + serial);
        return given().header("Authorization", Tokens.bearer(ElectionFixture.partyToken(party))).contentType(ContentType.JSON)
                .body(Map.of("iin", ElectionFixture.iin(born), "lastName", "Сейітов", "firstName", "Нұрлан",
                        "birthDate", born.toString(), "gender", "M", "nominatedBy", "PARTY", "partyCode", party))
                .post("/api/elections/" + election + "/nominations");
    }

    @Test
    void R_N9_aRenamedPartyKeepsItsHistoryAndItsCandidatesKeepTheNameTheyStoodUnder() throws Exception {
        ElectionFixture f = new ElectionFixture();
        String party = f.party("H" + f.run);
        String first = f.election(40);
        f.openNomination(first);
        String candidate = nominate(f, first, party, 1).then().statusCode(201).body("partyName", equalTo("Партия " + party))
                .extract().path("id");

        try (var territory = KafkaTopics.tail("test.saylau.territory")) {
            as(cec).body(Map.of("name", "Жаңа партия " + party, "reason", "re-registered by the Ministry of Justice"))
                    .patch("/api/parties/" + party).then().statusCode(200).body("name", equalTo("Жаңа партия " + party))
                    .body("suspended", equalTo(false)).body("history.size()", equalTo(2))
                    .body("history[0].name", equalTo("Партия " + party)).body("history[0].validTo", notNullValue())
                    .body("history[1].name", equalTo("Жаңа партия " + party)).body("history[1].validTo", nullValue())
                    .body("history[1].reason", equalTo("re-registered by the Ministry of Justice"));
            var changed = KafkaTopics.await(territory, r -> party.equals(r.key())
                    && "saylau.party.changed.v1".equals(KafkaTopics.header(r, "ce_type")), Duration.ofSeconds(20));
            JsonNode data = new ObjectMapper().readTree(changed.get(0).value());
            assertEquals("Жаңа партия " + party, data.path("name").asText());
        }
        // the candidate stood under the old name, and keeps it
        as(cec).get("/api/candidates/" + candidate).then().statusCode(200).body("partyName", equalTo("Партия " + party));
        given().get("/api/parties").then().body("find { it.code == '" + party + "' }.name", equalTo("Жаңа партия " + party));

        // suspended: no new nomination anywhere, until it is lifted
        ElectionFixture g = new ElectionFixture();
        String second = g.election(40);
        g.openNomination(second);
        as(cec).body(Map.of("suspended", true, "reason", "suspended by court decision 2-117/2027"))
                .patch("/api/parties/" + party).then().statusCode(200).body("suspended", equalTo(true))
                .body("history.size()", equalTo(3));
        nominate(g, second, party, 2).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("PARTY_SUSPENDED")).body("detail", org.hamcrest.Matchers.containsString("R-N9"));
        given().queryParam("status", "NOMINATED").header("Authorization", cec).get("/api/elections/" + second + "/candidates")
                .then().header("X-Total-Count", "0");
        // the candidate nominated before the suspension still stands
        as(cec).get("/api/candidates/" + candidate).then().body("status", equalTo("NOMINATED"));
        as(cec).body(Map.of("suspended", false, "reason", "the court lifted the suspension"))
                .patch("/api/parties/" + party).then().statusCode(200).body("suspended", equalTo(false))
                .body("history.size()", equalTo(4));
        nominate(g, second, party, 2).then().statusCode(201).body("partyName", equalTo("Жаңа партия " + party));
        given().get("/api/parties/" + party).then().statusCode(200).body("history.suspended", equalTo(
                java.util.List.of(false, false, true, false)));
    }

    @Test
    void R_N9_onlyTheCecChangesAPartyAndAChangeMustChangeSomething() {
        String party = "Q" + UUID.randomUUID().toString().substring(0, 8);
        as(cec).body(Map.of("code", party, "name", "Respublica")).post("/api/parties").then().statusCode(201);
        Map<String, Object> rename = Map.of("name", "Respublica 2", "reason", "renamed");
        given().contentType(ContentType.JSON).body(rename).patch("/api/parties/" + party).then().statusCode(401);
        as(Tokens.bearer(ElectionFixture.partyToken(party))).body(rename).patch("/api/parties/" + party).then().statusCode(403);
        as(Tokens.bearer(Tokens.of("tec1", "tec", Map.of("district", "D1")))).body(rename).patch("/api/parties/" + party)
                .then().statusCode(403);
        as(cec).body(rename).patch("/api/parties/NO" + party).then().statusCode(404);
        as(cec).body(Map.of("reason", "nothing")).patch("/api/parties/" + party).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        as(cec).body(Map.of("name", "Respublica 2")).patch("/api/parties/" + party).then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        as(cec).body(Map.of("name", "Respublica", "suspended", false, "reason", "same")).patch("/api/parties/" + party)
                .then().statusCode(409).body("code", equalTo("PARTY_UNCHANGED"));
        given().get("/api/parties/" + party).then().statusCode(200).body("history.size()", equalTo(1))
                .body("history[0].reason", equalTo("registered"));
        given().get("/api/parties/NO" + party).then().statusCode(404);
    }
}
