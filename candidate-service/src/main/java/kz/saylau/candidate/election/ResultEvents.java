package kz.saylau.candidate.election;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import kz.saylau.platform.messaging.EventReader;
import kz.saylau.platform.messaging.IncomingEvent;

/**
 * Applies the events of {@code saylau.results} (events.md): certification, reopening and failure give an election its
 * final status (FINISHED, back to COUNTING, FAILED); a failed election calls its REPEAT (R-R5) and a terminated mandate
 * a BY_ELECTION (R-M3). Candidate-service's own NO_CANDIDATES failure comes back this way too, so the repeat has one
 * home.
 */
@ApplicationScoped
public class ResultEvents implements EventReader {

    static final String CERTIFIED = "saylau.election.certified.v1";
    static final String REOPENED = "saylau.election.reopened.v1";
    static final String MANDATE_TERMINATED = "saylau.mandate.terminated.v1";

    @Inject
    EntityManager em;

    @Inject
    ElectionService elections;

    @Inject
    ElectionSettings settings;

    @Override
    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case CERTIFIED -> certified(event);
            case REOPENED -> reopened(event);
            case ElectionFailed.TYPE -> failed(event);
            case MANDATE_TERMINATED -> mandateTerminated(event);
            default -> {
                // mandate.started and later versions: nothing for candidate-service
            }
        }
    }

    private void certified(IncomingEvent event) {
        Election election = election(event);
        if (election != null && election.status == ElectionStatus.OPEN) {
            election.status = ElectionStatus.FINISHED;
        }
    }

    private void reopened(IncomingEvent event) {
        Election election = election(event);
        if (election != null && (election.status == ElectionStatus.FINISHED || election.status == ElectionStatus.FAILED)) {
            if (election.status == ElectionStatus.FAILED) {
                elections.cancelRepeatOf(election);
            }
            election.status = ElectionStatus.OPEN; // its phase is COUNTING again: the polls have closed
            election.failureReason = null;
            election.failedOn = null;
        }
    }

    private void failed(IncomingEvent event) {
        Election election = election(event);
        if (election == null) {
            return;
        }
        String reason = event.data().path("failureReason").asText("UNKNOWN");
        LocalDate failedOn = date(event, "failedOn", elections.today());
        if (election.status == ElectionStatus.OPEN) {
            election.status = ElectionStatus.FAILED;
            election.failureReason = reason;
            election.failedOn = failedOn;
        }
        // R-R5: a failed REPEAT calls no further election by itself: the CEC decides
        if (election.status == ElectionStatus.FAILED && election.kind != ElectionKind.REPEAT) {
            elections.callFollowUp(election.unitCode, ElectionKind.REPEAT, failedOn, settings.repeatAfterDays(),
                    "repeat-of:" + election.id);
        }
    }

    private void mandateTerminated(IncomingEvent event) {
        String unitCode = event.data().path("unitCode").asText(null);
        String mandate = event.data().path("id").asText(event.data().path("mandateId").asText(null));
        if (unitCode == null || mandate == null) {
            throw new IllegalArgumentException("a mandate termination needs the mandate id and unitCode");
        }
        elections.callFollowUp(unitCode, ElectionKind.BY_ELECTION, date(event, "decidedOn", elections.today()),
                settings.byElectionAfterDays(), "by-election-for:" + mandate);
    }

    private Election election(IncomingEvent event) {
        String id = event.data().path("electionId").asText(null);
        if (id == null) {
            throw new IllegalArgumentException("the event names no electionId");
        }
        // an election this service never called (e.g. of another deployment) is not ours to follow
        return em.find(Election.class, UUID.fromString(id), LockModeType.PESSIMISTIC_WRITE);
    }

    private static LocalDate date(IncomingEvent event, String field, LocalDate otherwise) {
        String text = event.data().path(field).asText(null);
        try {
            return text == null ? otherwise : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not a date: " + text);
        }
    }
}
