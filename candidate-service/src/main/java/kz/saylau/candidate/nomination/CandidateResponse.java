package kz.saylau.candidate.nomination;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import kz.saylau.platform.web.Iin;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import kz.saylau.platform.web.Labels;
import kz.saylau.platform.web.Language;

import kz.saylau.candidate.election.CalendarView;

/**
 * A candidate as api.md shows it: the nomination's fields plus id, electionId, status, statusReason, nominatedAt.
 * The IIN is masked for everyone but the commissions (R-I2). {@code partyName}, {@code decisionRef} and
 * {@code decidedAt} are extra.
 */
public record CandidateResponse(UUID id, UUID electionId, String iin, String lastName, String firstName,
        @Schema(nullable = true) String patronymic, @Schema(nullable = true) String nameRu, LocalDate birthDate, Gender gender, NominatedBy nominatedBy,
        String nominatedByLabel, @Schema(nullable = true) String partyCode,
        @Schema(nullable = true) String partyName, @Schema(nullable = true) Integer signatures, @Schema(nullable = true) String workplace, CandidateStatus status, String statusLabel, @Schema(nullable = true) String statusReason,
        @Schema(nullable = true) String decisionRef, String nominatedAt, @Schema(nullable = true) String decidedAt) {

    /** {@code nominatedByLabel} and {@code statusLabel} in {@code language} (issue 19 #7). */
    static CandidateResponse of(Candidate c, boolean fullIin, ZoneId zone, Language language) {
        return new CandidateResponse(c.id, c.electionId, fullIin ? c.iin : Iin.masked(c.iin), c.lastName, c.firstName,
                c.patronymic, c.nameRu, c.birthDate, c.gender, c.nominatedBy, Labels.of(language, "nominatedBy", c.nominatedBy.name()),
                c.partyCode, c.partyName, c.signatures, c.workplace, c.status, Labels.of(language, "candidateStatus", c.status.name()),
                c.statusReason, c.decisionRef, CalendarView.format(c.nominatedAt, zone),
                CalendarView.format(c.decidedAt, zone));
    }
}
