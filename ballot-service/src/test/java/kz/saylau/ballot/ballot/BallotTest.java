package kz.saylau.ballot.ballot;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kz.saylau.ballot.platform.BallotFixture;
import kz.saylau.platform.testing.KafkaTopics;

@QuarkusTest
class BallotTest {

    @Test
    void R_B3_ballotIsPublishedFromTheFinalListInKazakhOrderWithAgainstAllLast() throws Exception {
        BallotFixture f = new BallotFixture();
        f.callElection();
        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/api/elections/" + f.election + "/ballot").statusCode() == 404);
        try (var ballots = KafkaTopics.tail("test.saylau.ballots")) {
            Response r = f.closeRegistration(List.of(new String[] { "Тоқаев", "Ерлан", null, "PARTY", "Amanat" },
                    new String[] { "Әбенова", "Гүлнар", "Серікқызы", "SELF", null },
                    new String[] { "Қосанов", "Аман", null, "DISTRICT_AKIM", null },
                    new String[] { "Ахметбеков", "Болат", null, "SELF", null }));
            r.then().statusCode(200).body("version", equalTo(1)).body("options.size()", equalTo(5))
                    .body("options.displayName", equalTo(List.of("Ахметбеков Болат", "Әбенова Гүлнар Серікқызы", "Қосанов Аман",
                            "Тоқаев Ерлан", "Against all")))
                    .body("options.position", equalTo(List.of(1, 2, 3, 4, 5)))
                    .body("options[4].kind", equalTo("AGAINST_ALL"))
                    .body("options.affiliation", equalTo(List.of("self-nominated", "self-nominated",
                            "nominated by the district akim", "Amanat", "")));
            var published = KafkaTopics.await(ballots, rec -> f.election.toString().equals(rec.key()), Duration.ofSeconds(20));
            assertEquals("saylau.ballot.published.v1", KafkaTopics.header(published.get(0), "ce_type"));
        }
        // issue 19 #7: the ballot's own words follow Accept-Language; names, ids and order do not change
        String kk = "/api/elections/" + f.election + "/ballot";
        given().header("Accept-Language", "kk-KZ, ru;q=0.5").get(kk).then().statusCode(200)
                .header("Content-Language", "kk").header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"))
                .body("options.displayName", equalTo(List.of("Ахметбеков Болат", "Әбенова Гүлнар Серікқызы", "Қосанов Аман",
                        "Тоқаев Ерлан", "Барлығына қарсы")))
                .body("options.affiliation", equalTo(List.of("өзін-өзі ұсынған", "өзін-өзі ұсынған", "аудан әкімі ұсынған",
                        "Amanat", "")))
                .body("options.nominatedBy", equalTo(java.util.Arrays.asList("SELF", "SELF", "DISTRICT_AKIM", "PARTY", null)));
        given().header("Accept-Language", "ru").get(kk).then().header("Content-Language", "ru")
                .body("options[4].displayName", equalTo("Против всех")).body("options[0].affiliation", equalTo("самовыдвижение"));
        assertEquals(given().get(kk).jsonPath().getList("options.optionId"),
                given().header("Accept-Language", "ru").get(kk).jsonPath().getList("options.optionId"));
        given().header("Accept-Language", "de").get(kk).then().header("Content-Language", "en")
                .body("options[4].displayName", equalTo("Against all"));
        // the same list again (a redelivery under another id) changes nothing: still version 1, the same options
        String first = given().get("/api/elections/" + f.election + "/ballot").asString();
        f.closeRegistrationAgain();
        assertEquals(first, given().get("/api/elections/" + f.election + "/ballot").asString());
        // a candidate who withdraws leaves the next version; the others keep their option ids, renumbered
        UUID qosanov = f.candidates.get(2);
        String optionOfQosanov = given().get("/api/elections/" + f.election + "/ballot").then().extract()
                .path("options.find { it.candidateId == '" + qosanov + "' }.optionId");
        KafkaTopics.send("test.saylau.candidates", UUID.randomUUID().toString(), "saylau.candidate.withdrawn.v1",
                f.election.toString(), "{\"id\":\"" + f.candidates.get(1) + "\",\"electionId\":\"" + f.election + "\"}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/elections/" + f.election + "/ballot")
                .then().body("version", equalTo(2)).body("options.size()", equalTo(4)));
        Response v2 = given().get("/api/elections/" + f.election + "/ballot");
        assertFalse(v2.jsonPath().getList("options.candidateId").contains(f.candidates.get(1).toString()));
        assertEquals(optionOfQosanov, v2.path("options.find { it.candidateId == '" + qosanov + "' }.optionId"));
        assertEquals(List.of(1, 2, 3, 4), v2.jsonPath().getList("options.position"));
    }

    /** Issue 19 #7: a candidate's Russian name, where the register has one, rides on the ballot's line. */
    @Test
    void theBallotCarriesRussianNamesWhereTheRegisterHasThem() throws Exception {
        BallotFixture f = new BallotFixture();
        f.callElection();
        UUID withRu = UUID.randomUUID(), without = UUID.randomUUID();
        KafkaTopics.send("test.saylau.elections", UUID.randomUUID().toString(), "saylau.election.registration-closed.v1",
                f.election.toString(), "{\"electionId\":\"" + f.election + "\",\"candidates\":["
                        + "{\"id\":\"" + withRu + "\",\"lastName\":\"Сейітов\",\"firstName\":\"Нұрлан\",\"patronymic\":null,"
                        + "\"nameRu\":\"Сеитов Нурлан\",\"nominatedBy\":\"SELF\",\"status\":\"REGISTERED\"},"
                        + "{\"id\":\"" + without + "\",\"lastName\":\"Әлиев\",\"firstName\":\"Бақыт\",\"patronymic\":null,"
                        + "\"nominatedBy\":\"SELF\",\"status\":\"REGISTERED\"}]}");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/elections/" + f.election + "/ballot").statusCode() == 200);
        given().get("/api/elections/" + f.election + "/ballot").then()
                .body("options.find { it.candidateId == '" + withRu + "' }.displayName", equalTo("Сейітов Нұрлан"))
                .body("options.find { it.candidateId == '" + withRu + "' }.displayNameRu", equalTo("Сеитов Нурлан"))
                .body("options.find { it.candidateId == '" + without + "' }.displayNameRu", org.hamcrest.Matchers.nullValue())
                .body("options.find { it.kind == 'AGAINST_ALL' }.displayNameRu", equalTo("Против всех"));
    }

    @Test
    void R_B2_noAgainstAllLineBeforeItsDate() throws Exception {
        BallotFixture f = new BallotFixture();
        UUID id = UUID.randomUUID();
        f.election = id;
        String json = "{\"id\":\"" + id + "\",\"unitCode\":\"" + f.unit + "\",\"districtCode\":\"" + f.district + "\",\"regionCode\":\""
                + f.region + "\",\"kind\":\"REGULAR\",\"votingDay\":\"2021-07-25\",\"calendar\":{\"registrationCloses\":"
                + "\"2021-07-14T18:00:00+06:00\",\"pollsOpen\":\"2021-07-25T07:00:00+06:00\",\"pollsClose\":\"2021-07-25T20:00:00+06:00\"}}";
        KafkaTopics.send("test.saylau.elections", UUID.randomUUID().toString(), "saylau.election.called.v1", id.toString(), json);
        f.closeRegistration(List.<String[]>of(new String[] { "Тоқаев", "Ерлан", null, "PARTY", "Nur Otan" }))
                .then().body("options.size()", equalTo(1)).body("options[0].kind", equalTo("CANDIDATE"));
    }
}
