package kz.saylau.system;

import static io.restassured.RestAssured.given;
import static kz.saylau.system.SystemUnderTest.GATEWAY;
import static kz.saylau.system.SystemUnderTest.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * One small election through the gateway, candidate-service and ballot-service talking over the real broker:
 * precincts make the electorate that self-nominations are checked against, registration close makes the ballot,
 * protocols and a correction go in, and the shipped verifier (tools/verify_election.py, R-X1) recomputes every
 * tracker from the public protocols and every figure of the published result, and finds them all matching.
 */
class ElectionNightIT {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");


    static void clock(String cec, OffsetDateTime to) {
        as(cec).body(Map.of("now", to.toString())).put("/api/admin/clock").then().statusCode(200);
    }

    static String iin(LocalDate born, int serial) {
        // the century digit (R-I1): 3 for a man born in the 1900s, 5 in the 2000s; the suite's election clock only
        // moves forward, so on a long-lived database voting days (and the birth dates made from them) pass 2040
        String head = String.format("%02d%02d%02d%d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(),
                born.getYear() < 2000 ? 3 : 5);
        int[] w2 = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };
        for (int s = serial; ; s++) {
            String h = head + String.format("%04d", s % 10000);
            int c = 0, c2 = 0;
            for (int i = 0; i < 11; i++) {
                c += (h.charAt(i) - '0') * (i + 1);
                c2 += (h.charAt(i) - '0') * w2[i];
            }
            c = c % 11 == 10 ? c2 % 11 : c % 11;
            if (c != 10) {
                return h + c;
            }
        }
    }

    @Test
    void anElectionFromPrecinctsToVerifiedProtocols() throws Exception {
        String cec = SystemUnderTest.cec();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String region = "R" + run, district = "D" + run, unit = "U" + run, party = "P" + run;
        as(cec).body(List.of(Map.of("code", region, "name", "Ақмола облысы", "level", "REGION"),
                Map.of("code", district, "name", "Бурабай ауданы", "level", "DISTRICT", "parentCode", region),
                Map.of("code", unit, "name", "Қатаркөл ауылдық округі", "level", "RURAL", "parentCode", district)))
                .post("/api/units").then().statusCode(201);
        as(cec).body(Map.of("code", party, "name", "Amanat")).post("/api/parties").then().statusCode(201);
        String password = "it-password-" + run;
        as(cec).body(Map.of("username", "tec-" + run, "password", password, "roles", List.of("tec"), "scope", Map.of("district", district)))
                .post("/api/auth/accounts").then().statusCode(201);
        String tec = SystemUnderTest.login("tec-" + run, password);
        String p1 = "PA" + run, p2 = "PB" + run;
        as(tec).body(List.of(Map.of("code", p1, "unitCode", unit, "name", "Мектеп 1", "votersOnList", 1000),
                Map.of("code", p2, "unitCode", unit, "name", "Мектеп 2", "votersOnList", 800))).post("/api/precincts")
                .then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(GATEWAY).get("/api/units/" + unit).then().body("electorate", equalTo(1800)));

        OffsetDateTime now = OffsetDateTime.parse(as(cec).get("/api/admin/clock").then().statusCode(200).extract().<String>path("now"));
        LocalDate votingDay = now.atZoneSameInstant(ALMATY).toLocalDate().plusDays(45);
        Response election = as(tec).body(Map.of("unitCode", unit, "kind", "REGULAR", "votingDay", votingDay.toString()))
                .post("/api/elections");
        election.then().statusCode(201);
        String id = election.path("id");
        clock(cec, OffsetDateTime.parse(election.path("calendar.nominationOpens")).plusHours(1));
        LocalDate born = votingDay.minusYears(40);
        String a = as(tec).body(Map.of("iin", iin(born, 1), "lastName", "Тоқаев", "firstName", "Ерлан", "birthDate", born.toString(),
                "gender", "M", "nominatedBy", "PARTY", "partyCode", party)).post("/api/elections/" + id + "/nominations")
                .then().statusCode(201).extract().path("id");
        // 1% of the 1,800 voters the precincts announced: 18 signatures
        as(tec).body(Map.of("iin", iin(born, 100), "lastName", "Әбенов", "firstName", "Асқар", "birthDate", born.toString(),
                "gender", "M", "nominatedBy", "SELF", "signatures", 17)).post("/api/elections/" + id + "/nominations")
                .then().statusCode(422).body("code", equalTo("SIGNATURES_TOO_FEW"));
        String b = as(tec).body(Map.of("iin", iin(born, 100), "lastName", "Әбенов", "firstName", "Асқар", "birthDate", born.toString(),
                "gender", "M", "nominatedBy", "SELF", "signatures", 18)).post("/api/elections/" + id + "/nominations")
                .then().statusCode(201).extract().path("id");
        for (String c : List.of(a, b)) {
            as(tec).body(Map.of("decision", "REGISTER", "reason", "documents in order")).post("/api/candidates/" + c + "/decision")
                    .then().statusCode(200);
        }
        clock(cec, OffsetDateTime.parse(election.path("calendar.registrationCloses")).plusHours(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(GATEWAY).get("/api/elections/" + id + "/ballot")
                .then().statusCode(200).body("options.displayName", equalTo(List.of("Әбенов Асқар", "Тоқаев Ерлан", "Against all"))));

        clock(cec, OffsetDateTime.parse(election.path("calendar.pollsClose")).plusMinutes(5));
        as(cec).body(protocol(1000, 700, 690, 400, 280, a, b)).post("/api/elections/" + id + "/precincts/" + p1 + "/protocol")
                .then().statusCode(201);
        as(cec).body(protocol(800, 500, 500, 200, 290, a, b)).post("/api/elections/" + id + "/precincts/" + p2 + "/protocol")
                .then().statusCode(201);
        Map<String, Object> fix = protocol(800, 500, 500, 210, 280, a, b);
        fix.put("supersedesVersion", 1);
        fix.put("reason", "recount");
        fix.put("decisionRef", "TEC 1/27");
        as(tec).body(fix).post("/api/elections/" + id + "/precincts/" + p2 + "/protocol/corrections").then().statusCode(201)
                .body("version", equalTo(2));

        // the verifier compares every published figure: run it once the result counts the correction
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(GATEWAY)
                .get("/api/results/elections/" + id + "/precincts?reported=true").then().statusCode(200)
                .body("find { it.precinctCode == '" + p2 + "' }.version", equalTo(2)));
        Verifier.Run verified = Verifier.run("verify_election.py", id, GATEWAY);
        assertEquals(0, verified.exit(), verified.printed());
        assertTrue(verified.printed().contains("2 precincts, 3 protocol versions, trackers all match"), verified.printed());
        assertTrue(verified.printed().contains("published result: every figure recomputed and matching"), verified.printed());

        // the same election through a gateway that publishes one more ballot cast than the boxes hold: caught, named
        Verifier.Run caught = Verifier.throughTampering("verify_election.py", id, (path, body) -> path.equals(
                "/api/results/elections/" + id) ? body.replaceFirst("\"ballotsCast\":(\\d+)", "\"ballotsCast\":1$1") : body);
        assertEquals(1, caught.exit(), caught.printed());
        assertTrue(caught.printed().contains("FAIL the result says ballotsCast 1"), caught.printed());

        // R-T3: once decided, the election's result, report and export stay as they were when the unit is renamed and
        // its district moved to a region formed later (a 2021 report stays a 2021 report)
        as(tec).post("/api/results/elections/" + id + "/certification").then().statusCode(200).body("status", equalTo("CERTIFIED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(GATEWAY).get("/api/elections/" + id)
                .then().body("phase", equalTo("FINISHED")));
        String result = given().baseUri(GATEWAY).get("/api/results/elections/" + id).then().statusCode(200).extract().asString();
        String csv = given().baseUri(GATEWAY).queryParam("election", id).get("/api/exports/protocols.csv").then().statusCode(200)
                .extract().asString();
        com.fasterxml.jackson.databind.JsonNode units = new com.fasterxml.jackson.databind.ObjectMapper().readTree(given()
                .baseUri(GATEWAY).get("/api/results/elections/" + id + "/report?format=nist-1500-100").asString()).path("GpUnit");
        String newRegion = "RN" + run;
        as(cec).body(Map.of("code", newRegion, "name", "Жаңа облыс", "level", "REGION")).post("/api/units").then().statusCode(201);
        as(cec).body(Map.of("name", "Жаңа атау ауылдық округі", "reason", "renamed")).patch("/api/units/" + unit).then().statusCode(200);
        as(cec).body(Map.of("parentCode", newRegion, "reason", "the region was split")).patch("/api/units/" + district)
                .then().statusCode(200).body("regionCode", equalTo(newRegion));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(GATEWAY).get("/api/precincts/" + p1)
                .then().body("regionCode", equalTo(newRegion)));
        assertEquals(result, given().baseUri(GATEWAY).get("/api/results/elections/" + id).asString());
        assertEquals(csv, given().baseUri(GATEWAY).queryParam("election", id).get("/api/exports/protocols.csv").asString());
        assertEquals(units, new com.fasterxml.jackson.databind.ObjectMapper().readTree(given().baseUri(GATEWAY)
                .get("/api/results/elections/" + id + "/report?format=nist-1500-100").asString()).path("GpUnit"));
        given().baseUri(GATEWAY).get("/api/elections/" + id).then().body("regionCode", equalTo(region))
                .body("unitName", equalTo("Қатаркөл ауылдық округі"));
    }

    static Map<String, Object> protocol(int voters, int issued, int inBox, int votesA, int votesB, String a, String b) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("votersOnList", voters);
        p.put("ballotsReceived", voters);
        p.put("ballotsIssued", issued);
        p.put("ballotsCancelled", voters - issued);
        p.put("ballotsInBox", inBox);
        p.put("invalidBallots", 5);
        p.put("againstAll", inBox - 5 - votesA - votesB);
        p.put("votes", List.of(Map.of("candidateId", a, "votes", votesA), Map.of("candidateId", b, "votes", votesB)));
        return p;
    }
}
