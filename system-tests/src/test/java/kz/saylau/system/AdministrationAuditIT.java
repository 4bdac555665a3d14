package kz.saylau.system;

import static kz.saylau.system.SystemUnderTest.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Issue 19 "done when": each administrative change through the gateway is in the audit trail, naming the account that
 * made it and what it answered: a unit renamed, a party renamed, a voting day moved, a precinct closed, an account
 * changed. Each line is read back by its subject, as an observer would look it up.
 */
class AdministrationAuditIT {

    static void audited(String cec, String method, String path, String actor) {
        as(cec).queryParam("subject", path).queryParam("size", 1000).get("/api/audit").then().statusCode(200)
                .body("findAll { it.action == '" + method + " " + path + "' && it.outcome == '200' }.actor", hasItem(actor));
    }

    @Test
    void everyAdministrativeChangeIsInTheAuditTrailWithWhoMadeIt() {
        String cec = SystemUnderTest.cec();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String region = "AR" + run, district = "AD" + run, unit = "AU" + run, party = "AP" + run, precinct = "AQ" + run;
        as(cec).body(List.of(Map.of("code", region, "name", "Ақмола облысы", "level", "REGION"),
                Map.of("code", district, "name", "Бурабай ауданы", "level", "DISTRICT", "parentCode", region),
                Map.of("code", unit, "name", "Қатаркөл ауылдық округі", "level", "RURAL", "parentCode", district)))
                .post("/api/units").then().statusCode(201);
        as(cec).body(Map.of("code", party, "name", "Amanat " + run)).post("/api/parties").then().statusCode(201);
        String password = "audit-password-" + run;
        String tecName = "tec-audit-" + run;
        as(cec).body(Map.of("username", tecName, "password", password, "roles", List.of("tec"), "scope", Map.of("district", district)))
                .post("/api/auth/accounts").then().statusCode(201);
        String tec = SystemUnderTest.login(tecName, password);
        as(tec).body(Map.of("code", precinct, "unitCode", unit, "name", "Мектеп", "votersOnList", 100)).post("/api/precincts")
                .then().statusCode(201);
        OffsetDateTime now = OffsetDateTime.parse(as(cec).get("/api/admin/clock").then().statusCode(200).extract().<String>path("now"));
        String election = as(tec).body(Map.of("unitCode", unit, "kind", "REGULAR", "votingDay",
                now.atZoneSameInstant(ElectionNightIT.ALMATY).toLocalDate().plusDays(45).toString())).post("/api/elections")
                .then().statusCode(201).extract().path("id");

        as(cec).body(Map.of("name", "Қатаркөл а.о.", "reason", "renamed")).patch("/api/units/" + unit).then().statusCode(200);
        as(cec).body(Map.of("name", "AMANAT " + run, "reason", "re-registered")).patch("/api/parties/" + party).then().statusCode(200);
        as(cec).body(Map.of("votingDay", now.atZoneSameInstant(ElectionNightIT.ALMATY).toLocalDate().plusDays(52).toString(),
                "reason", "holiday")).patch("/api/elections/" + election).then().statusCode(200);
        as(tec).body(Map.of("reason", "the school closed")).post("/api/precincts/" + precinct + "/closure").then().statusCode(200)
                .body("closureReason", equalTo("the school closed"));
        as(cec).body(Map.of("roles", List.of("tec"), "scope", Map.of("district", district + "X")))
                .patch("/api/auth/accounts/" + tecName).then().statusCode(200);

        audited(cec, "PATCH", "/api/units/" + unit, "cec");
        audited(cec, "PATCH", "/api/parties/" + party, "cec");
        audited(cec, "PATCH", "/api/elections/" + election, "cec");
        audited(cec, "POST", "/api/precincts/" + precinct + "/closure", tecName);
        audited(cec, "PATCH", "/api/auth/accounts/" + tecName, "cec");
    }
}
