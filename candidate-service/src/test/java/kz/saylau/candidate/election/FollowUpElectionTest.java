package kz.saylau.candidate.election;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import kz.saylau.platform.testing.Insider;
import kz.saylau.platform.testing.KafkaTopics;

/**
 * candidate-service follows results-service through {@code saylau.results} (events.md): FINISHED, COUNTING again,
 * FAILED, and calls the REPEAT (R-R5) and BY_ELECTION (R-M3) elections itself.
 */
@QuarkusTest
class FollowUpElectionTest {

    static final String RESULTS = "test.saylau.results";

    ElectionFixture f;


    @BeforeEach
    void territory() {
        f = new ElectionFixture();
    }

    static void send(String type, String electionId, String json) throws Exception {
        KafkaTopics.send(RESULTS, UUID.randomUUID().toString(), type, electionId, json);
    }

    List<Map<String, Object>> elections() {
        return given().queryParam("unit", f.unit).get("/api/elections").then().statusCode(200).extract().jsonPath().getList("");
    }

    @Test
    void certifiedShowsFinishedAndReopenedShowsCountingAgain() throws Exception {
        String id = f.election(40);
        f.registeredCandidate(id);
        ElectionFixture.clock(ElectionFixture.instant(f.election(id), "calendar.pollsClose").plusSeconds(60));
        f.election(id).then().body("phase", equalTo("COUNTING"));
        send("saylau.election.certified.v1", id, "{\"electionId\":\"" + id + "\",\"winner\":null}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> f.election(id).then().body("phase", equalTo("FINISHED")));
        send("saylau.election.reopened.v1", id, "{\"electionId\":\"" + id + "\"}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> f.election(id).then().body("phase", equalTo("COUNTING")));
    }

    @Test
    void R_R5_failedElectionCallsARepeatOnASundaySixtyDaysLaterAndAFailedRepeatCallsNothing() throws Exception {
        String id = f.election(40);
        LocalDate failedOn = ElectionFixture.today();
        String event = UUID.randomUUID().toString();
        String json = "{\"electionId\":\"" + id + "\",\"unitCode\":\"" + f.unit + "\",\"failureReason\":\"TIE\",\"failedOn\":\"" + failedOn + "\"}";
        KafkaTopics.send(RESULTS, event, "saylau.election.failed.v1", id, json);
        KafkaTopics.send(RESULTS, event, "saylau.election.failed.v1", id, json); // delivered twice
        await().atMost(Duration.ofSeconds(20)).until(() -> elections().size() == 2);
        f.election(id).then().body("phase", equalTo("FAILED")).body("failureReason", equalTo("TIE"));
        Map<String, Object> repeat = elections().stream().filter(e -> "REPEAT".equals(e.get("kind"))).findFirst().orElseThrow();
        LocalDate day = LocalDate.parse((String) repeat.get("votingDay"));
        assertEquals(DayOfWeek.SUNDAY, day.getDayOfWeek());
        assertTrue(!day.isBefore(failedOn.plusDays(60)) && day.isBefore(failedOn.plusDays(67)), day.toString());

        String repeatId = (String) repeat.get("id");
        String repeatFailed = UUID.randomUUID().toString();
        KafkaTopics.send(RESULTS, repeatFailed, "saylau.election.failed.v1", repeatId, "{\"electionId\":\"" + repeatId
                + "\",\"unitCode\":\"" + f.unit + "\",\"failureReason\":\"LOW_TURNOUT\",\"failedOn\":\""
                + ElectionFixture.today() + "\"}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> f.election(repeatId).then().body("phase", equalTo("FAILED")));
        // the CEC decides after a failed repeat: once the failure is handled, still two elections
        handled(repeatFailed);
        assertEquals(2, elections().size());
    }

    @Test
    void R_R5_reopeningAFailedElectionCancelsItsRepeatAndSaysWhyToEveryService() throws Exception {
        String id = f.election(40);
        f.registeredCandidate(id);
        ElectionFixture.clock(ElectionFixture.instant(f.election(id), "calendar.pollsClose").plusSeconds(60));
        send("saylau.election.failed.v1", id, "{\"electionId\":\"" + id + "\",\"unitCode\":\"" + f.unit
                + "\",\"failureReason\":\"TIE\",\"failedOn\":\"" + ElectionFixture.today() + "\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> elections().size() == 2);
        String repeatId = (String) elections().stream().filter(e -> "REPEAT".equals(e.get("kind"))).findFirst().orElseThrow()
                .get("id");
        try (var announced = KafkaTopics.tail("test.saylau.elections")) {
            send("saylau.election.reopened.v1", id, "{\"electionId\":\"" + id + "\",\"reason\":\"recount ordered\"}");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> f.election(id).then().body("phase", equalTo("COUNTING")));
            f.election(repeatId).then().body("phase", equalTo("CANCELLED"))
                    .body("cancellationReason", equalTo("the CEC reopened the failed election " + id + " (R-R5)"));
            var cancelled = KafkaTopics.await(announced, r -> repeatId.equals(r.key())
                    && "saylau.election.cancelled.v1".equals(KafkaTopics.header(r, "ce_type")), Duration.ofSeconds(20));
            assertEquals(1, cancelled.size());
        }
    }

    /** Waits until this service's inbox recorded the event as handled. */
    void handled(String eventId) {
        Insider.awaitHandled(eventId, Duration.ofSeconds(20));
    }

    @Test
    void R_M3_terminatedMandateCallsAByElectionUnlessOneIsOpen() throws Exception {
        String id = f.election(40);
        send("saylau.election.certified.v1", id, "{\"electionId\":\"" + id + "\"}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> f.election(id).then().body("phase", equalTo("FINISHED")));
        LocalDate decided = ElectionFixture.today();
        String mandate = UUID.randomUUID().toString();
        String json = "{\"id\":\"" + mandate + "\",\"unitCode\":\"" + f.unit + "\",\"electionId\":\"" + id
                + "\",\"ground\":\"COMMUNITY_INITIATIVE\",\"decisionRef\":\"Kenes 12/3\",\"decidedOn\":\"" + decided + "\"}";
        send("saylau.mandate.terminated.v1", id, json);
        send("saylau.mandate.terminated.v1", id, json); // the same termination again, as a new event
        await().atMost(Duration.ofSeconds(20)).until(() -> elections().size() == 2);
        Map<String, Object> by = elections().stream().filter(e -> "BY_ELECTION".equals(e.get("kind"))).findFirst().orElseThrow();
        LocalDate day = LocalDate.parse((String) by.get("votingDay"));
        assertEquals(DayOfWeek.SUNDAY, day.getDayOfWeek());
        assertTrue(!day.isBefore(decided.plusDays(60)), day.toString());
        // another termination while the by-election is open calls nothing more (never two open elections)
        String another = UUID.randomUUID().toString();
        KafkaTopics.send(RESULTS, another, "saylau.mandate.terminated.v1", id, json.replace(mandate, UUID.randomUUID().toString()));
        handled(another);
        assertEquals(2, elections().size());
    }
}
