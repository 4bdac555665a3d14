package kz.saylau.candidate.territory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.saylau.candidate.election.ElectionFixture;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

/** Issue 19 #7: Russian names of units and candidates, where the register has them, in answers and events. */
@QuarkusTest
class RussianNamesTest {

    final String cec = Tokens.bearer(Tokens.cec());

    @Test
    void unitsAndCandidatesCarryTheirRussianNamesIntoTheAnswersAndTheEvents() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String region = "RR" + run, district = "RD" + run, unit = "RU" + run;
        try (var territory = KafkaTopics.tail("test.saylau.territory")) {
            given().header("Authorization", cec).contentType(ContentType.JSON)
                    .body(List.of(Map.of("code", region, "name", "Ақмола облысы", "nameRu", "Акмолинская область", "level", "REGION"),
                            Map.of("code", district, "name", "Бурабай ауданы", "level", "DISTRICT", "parentCode", region)))
                    .post("/api/units").then().statusCode(201).body("[0].nameRu", equalTo("Акмолинская область"))
                    .body("[1].nameRu", nullValue());
            // the CSV takes the column too, in any place
            given().header("Authorization", cec).contentType("text/csv; charset=UTF-8")
                    .body("code,nameRu,name,level,parentCode\n" + unit + ",Катаркольский сельский округ,Қатаркөл ауылдық округі,RURAL," + district + "\n")
                    .post("/api/units").then().statusCode(201).body("[0].nameRu", equalTo("Катаркольский сельский округ"));
            var created = KafkaTopics.await(territory, r -> unit.equals(r.key()), Duration.ofSeconds(20));
            assertEquals("Катаркольский сельский округ", new ObjectMapper().readTree(created.get(0).value()).path("nameRu").asText());
        }
        given().get("/api/units/" + region).then().body("nameRu", equalTo("Акмолинская область"));

        String tec = Tokens.of("tec-" + run, "tec", Map.of("district", district));
        LocalDate voting = ElectionFixture.today().plusDays(40);
        String election;
        try (var elections = KafkaTopics.tail("test.saylau.elections")) {
            election = given().header("Authorization", Tokens.bearer(tec)).contentType(ContentType.JSON)
                    .body(Map.of("unitCode", unit, "kind", "REGULAR", "votingDay", voting.toString())).post("/api/elections")
                    .then().statusCode(201).extract().path("id");
            String id = election;
            JsonNode called = new ObjectMapper().readTree(KafkaTopics.await(elections, r -> id.equals(r.key()), Duration.ofSeconds(20))
                    .get(0).value());
            assertEquals("Катаркольский сельский округ", called.path("unitNameRu").asText());
            assertTrue(called.path("districtNameRu").isNull());
            assertEquals("Акмолинская область", called.path("regionNameRu").asText());
        }
        ElectionFixture.clock(ElectionFixture.instant(given().get("/api/elections/" + election), "calendar.nominationOpens").plusSeconds(60));
        LocalDate born = voting.minusYears(40);
        try (var candidates = KafkaTopics.tail("test.saylau.candidates")) {
            String id = given().header("Authorization", Tokens.bearer(tec)).contentType(ContentType.JSON)
                    .body(Map.of("iin", ElectionFixture.iin(born), "lastName", "Сейітов", "firstName", "Нұрлан",
                            "nameRu", "Сеитов Нурлан", "birthDate", born.toString(), "gender", "M", "nominatedBy", "SELF",
                            "signatures", 0))
                    .post("/api/elections/" + election + "/nominations").then().statusCode(201)
                    .body("nameRu", equalTo("Сеитов Нурлан")).extract().path("id");
            JsonNode nominated = new ObjectMapper().readTree(KafkaTopics.await(candidates, r -> r.value().contains(id),
                    Duration.ofSeconds(20)).get(0).value());
            assertEquals("Сеитов Нурлан", nominated.path("nameRu").asText());
        }
        given().header("Authorization", cec).contentType(ContentType.JSON)
                .body(Map.of("code", "RX" + run, "name", "x", "nameRu", "", "level", "REGION"))
                .post("/api/units").then().statusCode(400).body("violations[0].field", equalTo("nameRu"));
    }
}
