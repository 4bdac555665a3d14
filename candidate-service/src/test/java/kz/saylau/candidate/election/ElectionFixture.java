package kz.saylau.candidate.election;

import kz.saylau.platform.testing.TestRun;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.saylau.platform.testing.Tokens;

/**
 * Builds what a test needs through the API, as a client would: a fresh region/district/rural unit, accounts'
 * tokens, an election. The election clock only moves forward and is shared by every test of the run, so every date
 * here is relative to the clock's now.
 */
public final class ElectionFixture extends TestRun {

    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    public final String akim = Tokens.of("akim-" + run, "district-akim", Map.of("district", district));
    public final String otherTec = Tokens.of("tec-other-" + run, "tec", Map.of("district", "Z" + run));

    public ElectionFixture() {
        given().header("Authorization", Tokens.bearer(cec)).contentType(ContentType.JSON)
                .body(List.of(Map.of("code", region, "name", "Ақмола облысы", "level", "REGION"),
                        Map.of("code", district, "name", "Бурабай ауданы", "level", "DISTRICT", "parentCode", region),
                        Map.of("code", unit, "name", "Қатаркөл ауылдық округі", "level", "RURAL", "parentCode", district)))
                .post("/api/units").then().statusCode(201);
    }

    public String party(String code) {
        given().header("Authorization", Tokens.bearer(cec)).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Партия " + code)).post("/api/parties").then().statusCode(201);
        return code;
    }

    public static String partyToken(String party) {
        return Tokens.of("party-" + party, "party", Map.of("party", party));
    }

    public static Instant now() {
        return OffsetDateTime.parse(given().header("Authorization", Tokens.bearer(Tokens.cec())).get("/internal/clock")
                .then().statusCode(200).extract().path("now")).toInstant();
    }

    public static LocalDate today() {
        return now().atZone(ALMATY).toLocalDate();
    }

    /** Moves every deadline check of this service to {@code to} (forward only); answers once the work is done. */
    public static void clock(Instant to) {
        if (to.isAfter(now())) {
            given().header("Authorization", Tokens.bearer(Tokens.cec())).contentType(ContentType.JSON)
                    .body(Map.of("now", to.atZone(ALMATY).toOffsetDateTime().toString()))
                    .put("/internal/clock").then().statusCode(200);
        }
    }

    public static Instant instant(Response r, String path) {
        return OffsetDateTime.parse(r.path(path)).toInstant();
    }

    /** Calls an election for this fixture's unit, voting in {@code days} days; returns the answer. */
    public Response callElection(int days) {
        return given().header("Authorization", Tokens.bearer(tec)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", unit, "kind", "REGULAR", "votingDay", today().plusDays(days).toString()))
                .post("/api/elections");
    }

    public String election(int days) {
        return callElection(days).then().statusCode(201).extract().path("id");
    }

    public Response election(String id) {
        return given().get("/api/elections/" + id).then().statusCode(200).extract().response();
    }

    /** Moves the clock into the nomination window of the election. */
    public void openNomination(String electionId) {
        clock(instant(election(electionId), "calendar.nominationOpens").plusSeconds(3600));
    }

    /** Opens nomination, self-nominates one candidate (the unit has no electorate: no signatures needed), registers them. */
    public String registeredCandidate(String electionId) {
        openNomination(electionId);
        LocalDate born = LocalDate.parse(election(electionId).<String>path("votingDay")).minusYears(30);
        String id = given().header("Authorization", Tokens.bearer(tec)).contentType(ContentType.JSON)
                .body(Map.of("iin", iin(born), "lastName", "Сейітов", "firstName", "Нұрлан", "birthDate", born.toString(),
                        "gender", "M", "nominatedBy", "SELF", "signatures", 0))
                .post("/api/elections/" + electionId + "/nominations").then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer(tec)).contentType(ContentType.JSON)
                .body(Map.of("decision", "REGISTER", "reason", "documents in order"))
                .post("/api/candidates/" + id + "/decision").then().statusCode(200);
        return id;
    }

    /** A valid IIN (R-I1) of a man born on {@code born} (1900s or 2000s). */
    public static String iin(LocalDate born) {
        String head = String.format("%02d%02d%02d%d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(),
                born.getYear() < 2000 ? 3 : 5);
        int[] second = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };
        for (int serial = 1; ; serial++) {
            String h = head + String.format("%04d", serial);
            int c = 0;
            int c2 = 0;
            for (int i = 0; i < 11; i++) {
                c += (h.charAt(i) - '0') * (i + 1);
                c2 += (h.charAt(i) - '0') * second[i];
            }
            c = c % 11 == 10 ? c2 % 11 : c % 11;
            if (c != 10) {
                return h + c;
            }
        }
    }
}
