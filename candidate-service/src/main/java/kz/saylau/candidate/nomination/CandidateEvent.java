package kz.saylau.candidate.nomination;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import kz.saylau.candidate.election.CalendarView;

/**
 * Payload of the {@code saylau.candidate.*.v1} events and the entries of
 * {@code saylau.election.registration-closed.v1} (events.md). {@code personKey} stands for the IIN, which is never
 * in an event (R-I2).
 */
public record CandidateEvent(UUID id, UUID electionId, String lastName, String firstName, String patronymic,
        String nameRu, Gender gender, LocalDate birthDate, NominatedBy nominatedBy, String partyCode, String partyName,
        CandidateStatus status, String statusReason, String nominatedAt, String decidedAt, String personKey) {

    public static final String TOPIC = "saylau.candidates";

    static CandidateEvent of(Candidate c, ZoneId zone) {
        return new CandidateEvent(c.id, c.electionId, c.lastName, c.firstName, c.patronymic, c.nameRu, c.gender, c.birthDate,
                c.nominatedBy, c.partyCode, c.partyName, c.status, c.statusReason, CalendarView.format(c.nominatedAt, zone),
                CalendarView.format(c.decidedAt, zone), c.personKey);
    }

    /** The event type of a candidate's current status. */
    public static String type(CandidateStatus status) {
        return "saylau.candidate." + status.name().toLowerCase() + ".v1";
    }
}
