package kz.saylau.candidate.nomination;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.saylau.candidate.election.ElectionFixture;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

/** api.md "A nomination": every rule code through HTTP, roles and scopes, concurrency and idempotent retries. */
@QuarkusTest
class NominationResourceTest {

    /** An election in its nomination window, with two parties and an electorate of 3000. */
    static final class Open {
        final ElectionFixture f = new ElectionFixture();
        final String p1 = f.party("P1" + f.run);
        final String p2 = f.party("P2" + f.run);
        final String party1 = ElectionFixture.partyToken(p1);
        final String id;
        final LocalDate votingDay;
        final LocalDate born;

        Open() throws Exception {
            KafkaTopics.send("test.saylau.territory", UUID.randomUUID().toString(), "saylau.precinct.registered.v1",
                    "PC" + f.run, "{\"code\":\"PC" + f.run + "\",\"unitCode\":\"" + f.unit + "\",\"votersOnList\":3000}");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/api/units/" + f.unit).then().body("electorate", equalTo(3000)));
            id = f.election(45);
            votingDay = LocalDate.parse(f.election(id).path("votingDay"));
            born = votingDay.minusYears(40);
            f.openNomination(id);
        }

        Map<String, Object> candidate(String gender, int serial) {
            Map<String, Object> c = new HashMap<>();
            c.put("iin", NominationRulesTest.iin(born, Gender.valueOf(gender), serial));
            c.put("lastName", "Тоқаев");
            c.put("firstName", "Ерлан");
            c.put("birthDate", born.toString());
            c.put("gender", gender);
            c.put("nominatedBy", "PARTY");
            c.put("partyCode", p1);
            return c;
        }

        Response nominate(String token, Map<String, Object> body) {
            return given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON).body(body)
                    .post("/api/elections/" + id + "/nominations");
        }
    }

    @Test
    void partyNominatesItsCandidateAndTheAnswerIsTheNominationPlusItsState() throws Exception {
        Open o = new Open();
        Map<String, Object> c = o.candidate("M", 101);
        c.put("patronymic", "Әлиұлы");
        c.put("workplace", "Қатаркөл мектебі");
        o.nominate(o.party1, c).then().statusCode(201).header("Location", containsString("/api/candidates/"))
                .body("electionId", equalTo(o.id)).body("status", equalTo("NOMINATED"))
                .body("nominatedBy", equalTo("PARTY")).body("partyCode", equalTo(o.p1))
                .body("iin", equalTo("********" + ((String) c.get("iin")).substring(8)))
                .body("patronymic", equalTo("Әлиұлы")).body("workplace", equalTo("Қатаркөл мектебі"))
                .body("nominatedAt", containsString("T"));
    }

    @Test
    void kazakhNamesRoundTripByteForByte() throws Exception {
        Open o = new Open();
        String last = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі";
        Map<String, Object> c = o.candidate("F", 7);
        c.put("lastName", last);
        c.put("firstName", "Гүлнар");
        byte[] body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(c);
        String id = given().header("Authorization", Tokens.bearer(o.f.tec)).contentType("application/json; charset=UTF-8")
                .body(body).post("/api/elections/" + o.id + "/nominations").then().statusCode(201).extract().path("id");
        byte[] answer = given().header("Authorization", Tokens.bearer(o.f.tec)).get("/api/candidates/" + id).asByteArray();
        String text = new String(answer, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"lastName\":\"" + last + "\""), text);
        assertTrue(new String(answer, StandardCharsets.UTF_8).contains(new String(last.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
    }

    @Test
    void everyRuleCodeOfApiMdInItsOrder() throws Exception {
        Open o = new Open();
        LocalDate young = o.votingDay.minusYears(25).plusDays(1);
        Map<String, Map<String, Object>> bad = new java.util.LinkedHashMap<>();
        Map<String, Object> underAge = o.candidate("M", 7);
        underAge.put("iin", NominationRulesTest.iin(young, Gender.M, 7));
        underAge.put("birthDate", young.toString());
        bad.put("CANDIDATE_UNDER_AGE", underAge);
        Map<String, Object> invalid = o.candidate("M", 8);
        invalid.put("iin", "900101300018");
        invalid.put("birthDate", "1990-01-01");
        bad.put("IIN_INVALID", invalid);
        Map<String, Object> mismatch = o.candidate("M", 9);
        mismatch.put("iin", NominationRulesTest.iin(o.born, Gender.F, 5));
        bad.put("IIN_MISMATCH", mismatch);
        Map<String, Object> noParty = o.candidate("M", 11);
        noParty.remove("partyCode");
        bad.put("PARTY_REQUIRED", noParty);
        Map<String, Object> selfWithParty = o.candidate("M", 21);
        selfWithParty.put("nominatedBy", "SELF");
        selfWithParty.put("signatures", 100);
        bad.put("PARTY_NOT_ALLOWED", selfWithParty);
        Map<String, Object> fewSignatures = o.candidate("M", 31);
        fewSignatures.put("nominatedBy", "SELF");
        fewSignatures.remove("partyCode");
        fewSignatures.put("signatures", 29);
        bad.put("SIGNATURES_TOO_FEW", fewSignatures);
        for (var e : bad.entrySet()) {
            o.nominate(o.f.tec, e.getValue()).then().statusCode(422).contentType("application/problem+json")
                    .body("code", equalTo(e.getKey())).body("detail", containsString("R-"));
        }
        Map<String, Object> akim = o.candidate("M", 41);
        akim.put("nominatedBy", "DISTRICT_AKIM");
        akim.remove("partyCode");
        o.nominate(o.f.akim, akim).then().statusCode(422).body("code", equalTo("FALLBACK_NOMINATION_NOT_ALLOWED"));

        Map<String, Object> a = o.candidate("M", 101);
        o.nominate(o.party1, a).then().statusCode(201);
        Map<String, Object> second = o.candidate("M", 202);
        o.nominate(o.party1, second).then().statusCode(422).body("code", equalTo("PARTY_ALREADY_NOMINATED"));
        Map<String, Object> sameIin = new HashMap<>(a);
        sameIin.put("partyCode", o.p2);
        o.nominate(o.f.tec, sameIin).then().statusCode(409).body("code", equalTo("ALREADY_NOMINATED"));
        // a rule code comes before the 409: the same IIN as a self-nomination with too few signatures
        Map<String, Object> sameIinFew = new HashMap<>(a);
        sameIinFew.remove("partyCode");
        sameIinFew.put("nominatedBy", "SELF");
        sameIinFew.put("signatures", 1);
        o.nominate(o.f.tec, sameIinFew).then().statusCode(422).body("code", equalTo("SIGNATURES_TOO_FEW"));
        Map<String, Object> self = o.candidate("F", 303);
        self.remove("partyCode");
        self.put("nominatedBy", "SELF");
        self.put("signatures", 30);
        o.nominate(o.f.tec, self).then().statusCode(201).body("signatures", equalTo(30));
    }

    @Test
    void badInputIs400AndUnknownThingsAre404() throws Exception {
        Open o = new Open();
        Map<String, Object> noName = o.candidate("M", 1);
        noName.remove("lastName");
        o.nominate(o.f.tec, noName).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("lastName"));
        Map<String, Object> badGender = o.candidate("M", 1);
        badGender.put("gender", "X");
        o.nominate(o.f.tec, badGender).then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        Map<String, Object> selfNoSignatures = o.candidate("M", 1);
        selfNoSignatures.remove("partyCode");
        selfNoSignatures.put("nominatedBy", "SELF");
        o.nominate(o.f.tec, selfNoSignatures).then().statusCode(400).body("violations.field", hasItem("signatures"));
        Map<String, Object> unknownParty = o.candidate("M", 1);
        unknownParty.put("partyCode", "NOPE" + o.f.run);
        o.nominate(o.f.tec, unknownParty).then().statusCode(404);
        given().header("Authorization", Tokens.bearer(o.f.tec)).contentType(ContentType.JSON).body(o.candidate("M", 1))
                .post("/api/elections/" + UUID.randomUUID() + "/nominations").then().statusCode(404);
    }

    @Test
    void rolesAndScopes() throws Exception {
        Open o = new Open();
        // a party nominating for another party
        Map<String, Object> forP2 = o.candidate("M", 1);
        forP2.put("partyCode", o.p2);
        o.nominate(o.party1, forP2).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        // a party cannot self-nominate someone
        Map<String, Object> self = o.candidate("M", 2);
        self.remove("partyCode");
        self.put("nominatedBy", "SELF");
        self.put("signatures", 30);
        o.nominate(o.party1, self).then().statusCode(403);
        // a TEC of another district
        o.nominate(o.f.otherTec, o.candidate("M", 3)).then().statusCode(403);
        // the district akim nominates only as DISTRICT_AKIM
        o.nominate(o.f.akim, o.candidate("M", 4)).then().statusCode(403);
        // observers and anonymous callers nominate nobody
        o.nominate(Tokens.of("obs", "observer", Map.of()), o.candidate("M", 5)).then().statusCode(403);
        given().contentType(ContentType.JSON).body(o.candidate("M", 6)).post("/api/elections/" + o.id + "/nominations")
                .then().statusCode(401);
    }

    @Test
    void R_N4_twoSimultaneousNominationsOfOnePartyGiveExactlyOne201() throws Exception {
        Open o = new Open();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Map<String, Object> c = o.candidate("M", 500 + i * 10);
                calls.add(() -> o.nominate(o.party1, c).statusCode());
            }
            int created = 0;
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                int status = answer.get();
                assertTrue(status == 201 || status == 422, "status " + status);
                created += status == 201 ? 1 : 0;
            }
            assertEquals(1, created);
        } finally {
            pool.shutdown();
        }
        given().header("Authorization", Tokens.bearer(o.f.tec)).get("/api/elections/" + o.id + "/candidates")
                .then().header("X-Total-Count", "1");
    }

    @Test
    void idempotentRetryReturnsTheFirstAnswerAndAReusedKeyIsRefused() throws Exception {
        Open o = new Open();
        Map<String, Object> c = o.candidate("M", 101);
        String key = "nom-" + o.f.run;
        Response first = given().header("Authorization", Tokens.bearer(o.party1)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(c).post("/api/elections/" + o.id + "/nominations");
        first.then().statusCode(201);
        Response retry = given().header("Authorization", Tokens.bearer(o.party1)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(c).post("/api/elections/" + o.id + "/nominations");
        retry.then().statusCode(201).header("Location", equalTo(first.header("Location")));
        assertEquals(first.jsonPath().getMap(""), retry.jsonPath().getMap(""));
        Map<String, Object> other = o.candidate("M", 202);
        given().header("Authorization", Tokens.bearer(o.party1)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(other).post("/api/elections/" + o.id + "/nominations")
                .then().statusCode(409).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().header("Authorization", Tokens.bearer(o.f.tec)).get("/api/elections/" + o.id + "/candidates")
                .then().header("X-Total-Count", "1");
        // concurrent retries of one key: one nomination, every answer the same
        Map<String, Object> c2 = o.candidate("F", 303);
        c2.remove("partyCode");
        c2.put("nominatedBy", "SELF");
        c2.put("signatures", 30);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<String> call = () -> given().header("Authorization", Tokens.bearer(o.f.tec))
                    .header("Idempotency-Key", "self-" + o.f.run).contentType(ContentType.JSON).body(c2)
                    .post("/api/elections/" + o.id + "/nominations").then().statusCode(201).extract().path("id");
            List<String> ids = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(java.util.Collections.nCopies(4, call))) {
                ids.add(f.get());
            }
            assertEquals(1, ids.stream().distinct().count(), ids.toString());
        } finally {
            pool.shutdown();
        }
        given().header("Authorization", Tokens.bearer(o.party1)).header("Idempotency-Key", "x".repeat(101))
                .contentType(ContentType.JSON).body(c).post("/api/elections/" + o.id + "/nominations")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void R_I2_publicSeesOnlyRegisteredCandidatesAndMaskedIins() throws Exception {
        Open o = new Open();
        Map<String, Object> c = o.candidate("M", 101);
        String full = (String) c.get("iin");
        String id = o.nominate(o.party1, c).then().statusCode(201).extract().path("id");
        given().get("/api/candidates/" + id).then().statusCode(404);
        given().get("/api/elections/" + o.id + "/candidates").then().statusCode(200).header("X-Total-Count", "0");
        given().header("Authorization", Tokens.bearer(o.f.tec)).get("/api/candidates/" + id)
                .then().statusCode(200).body("iin", equalTo(full)).body("status", equalTo("NOMINATED"));
        given().header("Authorization", Tokens.bearer(o.f.otherTec)).get("/api/elections/" + o.id + "/candidates")
                .then().header("X-Total-Count", "0");
        given().header("Authorization", Tokens.bearer(o.f.tec)).contentType(ContentType.JSON)
                .body(Map.of("decision", "REGISTER", "reason", "documents in order"))
                .post("/api/candidates/" + id + "/decision").then().statusCode(200).body("status", equalTo("REGISTERED"));
        given().get("/api/candidates/" + id).then().statusCode(200)
                .body("iin", equalTo("********" + full.substring(8))).body("partyName", equalTo("Партия " + o.p1));
        given().get("/api/elections/" + o.id + "/candidates?status=REGISTERED").then().header("X-Total-Count", "1")
                .body("[0].iin", not(equalTo(full)));
    }

    @Test
    void R_I2_candidateEventsCarryPersonKeyAndPartyNameButNeverTheIin() throws Exception {
        Open o = new Open();
        Map<String, Object> c = o.candidate("M", 101);
        String full = (String) c.get("iin");
        try (var events = KafkaTopics.tail("test.saylau.candidates")) {
            o.nominate(o.party1, c).then().statusCode(201);
            var found = KafkaTopics.await(events, r -> o.id.equals(r.key()), Duration.ofSeconds(20));
            assertFalse(found.isEmpty());
            String json = found.get(0).value();
            assertEquals("saylau.candidate.nominated.v1", KafkaTopics.header(found.get(0), "ce_type"));
            assertFalse(json.contains(full), json);
            assertFalse(json.contains(full.substring(0, 6) + full.substring(6)), json);
            var data = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            assertEquals(64, data.path("personKey").asText().length());
            assertEquals("Партия " + o.p1, data.path("partyName").asText());
            assertEquals("NOMINATED", data.path("status").asText());
        }
    }
}
