package kz.saylau.candidate.election;

import java.time.LocalDate;
import java.util.UUID;

/** Payload of {@code saylau.election.failed.v1} (events.md), which candidate-service sends for NO_CANDIDATES. */
public record ElectionFailed(UUID electionId, String unitCode, String failureReason, LocalDate failedOn) {

    public static final String TOPIC = "saylau.results";
    public static final String TYPE = "saylau.election.failed.v1";
}
