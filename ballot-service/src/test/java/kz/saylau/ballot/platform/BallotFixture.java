package kz.saylau.ballot.platform;

import kz.saylau.platform.testing.TestRun;

import kz.saylau.platform.testing.Insider;
import kz.saylau.platform.testing.KafkaTopics;
import kz.saylau.platform.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Sets a test up the way the running system would: units and elections arrive as candidate-service's events on the
 * real broker, precincts through the API. The election clock is shared and moves forward only, so everything is
 * relative to its now.
 */
public final class BallotFixture extends TestRun {

    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    public final String otherTec = Tokens.of("tec-z-" + run, "tec", Map.of("district", "Z" + run));
    public final List<String> precincts = new ArrayList<>();
    public final List<UUID> candidates = new ArrayList<>();
    public UUID election;
    private String calledJson;
    private String registrationJson;
    public LocalDate votingDay;

    public BallotFixture() throws Exception {
        unitEvent(region, "REGION", null, null, region);
        unitEvent(district, "DISTRICT", region, district, region);
        unitEvent(unit, "RURAL", district, district, region);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/internal/units/" + unit).statusCode() == 200);
    }

    private void unitEvent(String code, String level, String parent, String districtCode, String regionCode) throws Exception {
        KafkaTopics.send("test.saylau.territory", UUID.randomUUID().toString(), "saylau.unit.created.v1", code,
                "{\"code\":\"" + code + "\",\"name\":\"Қатаркөл\",\"level\":\"" + level + "\",\"parentCode\":"
                        + (parent == null ? "null" : "\"" + parent + "\"") + ",\"districtCode\":"
                        + (districtCode == null ? "null" : "\"" + districtCode + "\"") + ",\"regionCode\":\"" + regionCode + "\"}");
    }

    public static String station(String precinct) {
        return Tokens.of("pec-" + precinct, "precinct", Map.of("precinct", precinct));
    }

    public String precinct(int voters) {
        String code = "PC" + run + "-" + (precincts.size() + 1);
        given().header("Authorization", Tokens.bearer(tec)).contentType(ContentType.JSON)
                .body(Map.of("code", code, "unitCode", unit, "name", "Мектеп " + code, "votersOnList", voters))
                .post("/api/precincts").then().statusCode(201);
        precincts.add(code);
        return code;
    }

    public static Instant now() {
        return OffsetDateTime.parse(given().header("Authorization", Tokens.bearer(Tokens.cec())).get("/internal/clock")
                .then().statusCode(200).extract().path("now")).toInstant();
    }

    public static void clock(Instant to) {
        if (to.isAfter(now())) {
            given().header("Authorization", Tokens.bearer(Tokens.cec())).contentType(ContentType.JSON)
                    .body(Map.of("now", INSTANT.format(to.atZone(ALMATY)))).put("/internal/clock").then().statusCode(200);
        }
    }

    static String at(LocalDate day, int hour) {
        return INSTANT.format(day.atTime(hour, 0).atZone(ALMATY));
    }

    public Instant pollsOpen() {
        return votingDay.atTime(7, 0).atZone(ALMATY).toInstant();
    }

    public Instant pollsClose() {
        return votingDay.atTime(20, 0).atZone(ALMATY).toInstant();
    }

    /** candidate-service's election.called.v1 for the fixture's unit, voting in 40 days. */
    public UUID callElection() throws Exception {
        return callElection(Map.of());
    }

    /** The same, the event sent with these extra Kafka headers. */
    public UUID callElection(Map<String, String> headers) throws Exception {
        election = UUID.randomUUID();
        LocalDate today = now().atZone(ALMATY).toLocalDate();
        votingDay = today.plusDays(40);
        String json = "{\"id\":\"" + election + "\",\"unitCode\":\"" + unit + "\",\"unitName\":\"Қатаркөл\",\"districtCode\":\""
                + district + "\",\"regionCode\":\"" + region + "\",\"kind\":\"REGULAR\",\"votingDay\":\"" + votingDay
                + "\",\"calendar\":{\"calledOn\":\"" + today + "\",\"nominationOpens\":\"" + at(today.plusDays(1), 0)
                + "\",\"nominationCloses\":\"" + at(votingDay.minusDays(26), 18) + "\",\"fallbackNominationCloses\":null,"
                + "\"registrationCloses\":\"" + at(votingDay.minusDays(21), 18) + "\",\"campaignCloses\":\""
                + at(votingDay.minusDays(1), 0) + "\",\"pollsOpen\":\"" + at(votingDay, 7) + "\",\"pollsClose\":\""
                + at(votingDay, 20) + "\"}}";
        calledJson = json;
        KafkaTopics.send("test.saylau.elections", UUID.randomUUID().toString(), "saylau.election.called.v1",
                election.toString(), json, headers);
        return election;
    }

    /** candidate-service's election.cancelled.v1 for the fixture's election; returns once ballot-service applied it. */
    public void cancel() throws Exception {
        String id = UUID.randomUUID().toString();
        KafkaTopics.send("test.saylau.elections", id, "saylau.election.cancelled.v1", election.toString(), calledJson);
        applied(id);
    }

    /**
     * A decision about the fixture's election on {@code saylau.results} ({@code saylau.election.failed.v1},
     * {@code .certified.v1}, {@code .reopened.v1}); returns once ballot-service applied it.
     */
    public void decided(String type) throws Exception {
        String id = UUID.randomUUID().toString();
        KafkaTopics.send("test.saylau.results", id, type, election.toString(), "{\"electionId\":\"" + election
                + "\",\"unitCode\":\"" + unit + "\",\"failureReason\":\"TIE\",\"failedOn\":\"" + votingDay + "\"}");
        applied(id);
    }

    /** Waits until ballot-service's inbox recorded this event as handled. */
    public static void applied(String eventId) {
        Insider.awaitHandled(eventId, Duration.ofSeconds(20));
    }

    /** registration-closed.v1 with these registered candidates ({lastName, firstName, patronymic, nominatedBy, partyName}). */
    public Response closeRegistration(List<String[]> people) throws Exception {
        return closeRegistration(people, Map.of());
    }

    /** The same, the event sent with these extra Kafka headers. */
    public Response closeRegistration(List<String[]> people, Map<String, String> headers) throws Exception {
        StringBuilder list = new StringBuilder("[");
        for (String[] p : people) {
            UUID id = UUID.randomUUID();
            candidates.add(id);
            if (list.length() > 1) {
                list.append(',');
            }
            list.append("{\"id\":\"").append(id).append("\",\"electionId\":\"").append(election)
                    .append("\",\"lastName\":\"").append(p[0]).append("\",\"firstName\":\"").append(p[1])
                    .append("\",\"patronymic\":").append(p[2] == null ? "null" : "\"" + p[2] + "\"")
                    .append(",\"nominatedBy\":\"").append(p[3]).append("\",\"partyCode\":")
                    .append(p[4] == null ? "null" : "\"PX\"").append(",\"partyName\":")
                    .append(p[4] == null ? "null" : "\"" + p[4] + "\"").append(",\"status\":\"REGISTERED\"}");
        }
        list.append(']');
        registrationJson = "{\"electionId\":\"" + election + "\",\"candidates\":" + list + "}";
        KafkaTopics.send("test.saylau.elections", UUID.randomUUID().toString(), "saylau.election.registration-closed.v1",
                election.toString(), registrationJson, headers);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/elections/" + election + "/ballot").statusCode() == 200);
        return given().get("/api/elections/" + election + "/ballot");
    }

    /** The same final list again, as a new event (a redelivery under another id); returns once it was applied. */
    public void closeRegistrationAgain() throws Exception {
        String id = UUID.randomUUID().toString();
        KafkaTopics.send("test.saylau.elections", id, "saylau.election.registration-closed.v1", election.toString(),
                registrationJson);
        applied(id);
    }

    /** A whole election up to its published ballot of three candidates, with precincts of these sizes. */
    public static BallotFixture withBallot(int... voters) throws Exception {
        BallotFixture f = new BallotFixture();
        for (int v : voters) {
            f.precinct(v);
        }
        f.callElection();
        f.closeRegistration(List.of(new String[] { "Тоқаев", "Ерлан", null, "PARTY", "Amanat" },
                new String[] { "Әбенова", "Гүлнар", "Серікқызы", "SELF", null },
                new String[] { "Қосанов", "Аман", null, "DISTRICT_AKIM", null }));
        return f;
    }
}
