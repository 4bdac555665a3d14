package kz.saylau.candidate.nomination;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Payload of {@code saylau.election.registration-closed.v1}: the final list of registered candidates (R-N7). */
public record RegistrationClosed(UUID electionId, String unitCode, LocalDate votingDay, List<CandidateEvent> candidates) {

    public static final String TOPIC = "saylau.elections";
    public static final String TYPE = "saylau.election.registration-closed.v1";
}
