package kz.saylau.system;

import static kz.saylau.system.SystemUnderTest.as;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;

/**
 * A territory of its own (region, district, rural unit), a party, a precinct, an election of the unit in its
 * nomination window and one nominated candidate, built through the gateway; plus a way to make accounts.
 */
final class ElectionFixture {

    final String run = UUID.randomUUID().toString().substring(0, 6);
    final String region = "FR" + run, district = "FD" + run, unit = "FU" + run, party = "FX" + run, precinct = "FP" + run;
    final String cec = SystemUnderTest.cec();
    final String tec = account("tec", Map.of("district", district));
    final String election;
    final String candidate;
    final String candidateIin;
    final LocalDate votingDay;

    ElectionFixture() {
        as(cec).body(List.of(Map.of("code", region, "name", "Ақмола облысы", "level", "REGION"),
                Map.of("code", district, "name", "Бурабай ауданы", "level", "DISTRICT", "parentCode", region),
                Map.of("code", unit, "name", "Қатаркөл ауылдық округі", "level", "RURAL", "parentCode", district)))
                .post("/api/units").then().statusCode(201);
        as(cec).body(Map.of("code", party, "name", "Amanat " + run)).post("/api/parties").then().statusCode(201);
        as(tec).body(Map.of("code", precinct, "unitCode", unit, "name", "Мектеп", "votersOnList", 1000))
                .post("/api/precincts").then().statusCode(201);
        OffsetDateTime now = OffsetDateTime.parse(as(cec).get("/api/admin/clock").then().statusCode(200).extract().<String>path("now"));
        votingDay = now.atZoneSameInstant(ElectionNightIT.ALMATY).toLocalDate().plusDays(45);
        Response called = as(tec).body(Map.of("unitCode", unit, "kind", "REGULAR", "votingDay", votingDay.toString()))
                .post("/api/elections");
        called.then().statusCode(201);
        election = called.path("id");
        ElectionNightIT.clock(cec, OffsetDateTime.parse(called.path("calendar.nominationOpens")).plusHours(1));
        candidateIin = ElectionNightIT.iin(votingDay.minusYears(45), 7);
        candidate = as(tec).body(nomination("PARTY", party)).post("/api/elections/" + election + "/nominations")
                .then().statusCode(201).extract().path("id");
    }

    /**
     * The fixture's election on to its published ballot: a second party's candidate nominated, both registered,
     * registration closed. Returns the ballot's option ids in order.
     */
    List<String> withBallot() {
        String second = "FY" + run;
        as(cec).body(Map.of("code", second, "name", "Respublica " + run)).post("/api/parties").then().statusCode(201);
        Map<String, Object> other = new HashMap<>(nomination("PARTY", second));
        other.put("iin", ElectionNightIT.iin(votingDay.minusYears(50), 8));
        other.put("lastName", "Омаров");
        other.put("firstName", "Айбек");
        other.put("birthDate", votingDay.minusYears(50).toString());
        String otherCandidate = as(tec).body(other).post("/api/elections/" + election + "/nominations").then().statusCode(201)
                .extract().path("id");
        for (String c : List.of(candidate, otherCandidate)) {
            as(tec).body(Map.of("decision", "REGISTER", "reason", "documents in order")).post("/api/candidates/" + c + "/decision")
                    .then().statusCode(200);
        }
        Response shown = as(cec).get("/api/elections/" + election);
        ElectionNightIT.clock(cec, OffsetDateTime.parse(shown.path("calendar.registrationCloses")).plusHours(1));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                io.restassured.RestAssured.given().baseUri(SystemUnderTest.GATEWAY).get("/api/elections/" + election + "/ballot")
                        .statusCode() == 200);
        return io.restassured.RestAssured.given().baseUri(SystemUnderTest.GATEWAY).get("/api/elections/" + election + "/ballot")
                .jsonPath().getList("options.optionId", String.class);
    }

    /** A new account with this role and scope, logged in: its bearer header value. */
    String account(String role, Map<String, String> scope) {
        String name = "fx-" + role + "-" + UUID.randomUUID().toString().substring(0, 6);
        as(cec).body(Map.of("username", name, "password", "fixture-password-" + run, "roles", List.of(role), "scope", scope))
                .post("/api/auth/accounts").then().statusCode(201);
        return SystemUnderTest.login(name, "fixture-password-" + run);
    }

    /** The fixture's candidate nominated again (so never a second candidate: a rule or 409 refuses it). */
    Map<String, Object> nomination(String by, String partyCode) {
        Map<String, Object> n = new HashMap<>(Map.of("iin", candidateIin, "lastName", "Сейітов", "firstName", "Бақыт",
                "birthDate", votingDay.minusYears(45).toString(), "gender", "M", "nominatedBy", by));
        if (partyCode != null) {
            n.put("partyCode", partyCode);
        }
        return n;
    }
}
