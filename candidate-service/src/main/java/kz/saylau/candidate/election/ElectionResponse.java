package kz.saylau.candidate.election;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import kz.saylau.platform.web.Labels;
import kz.saylau.platform.web.Language;

/** An election as api.md shows it; {@code status}, {@code failureReason}, {@code cancellationReason} are extra. */
public record ElectionResponse(UUID id, String unitCode, String unitName, String districtCode, String regionCode,
        ElectionKind kind, LocalDate votingDay, Phase phase, String phaseLabel, CalendarView calendar,
        @Schema(nullable = true) String failureReason, @Schema(nullable = true) String failureReasonLabel,
        @Schema(nullable = true) String cancellationReason) {

    /** The election at {@code now}; {@code phaseLabel} and {@code failureReasonLabel} in {@code language} (issue 19 #7). */
    public static ElectionResponse of(Election e, Instant now, ZoneId zone, Language language) {
        Phase phase = e.phase(now);
        return new ElectionResponse(e.id, e.unitCode, e.unitName, e.districtCode, e.regionCode, e.kind, e.votingDay,
                phase, Labels.of(language, "phase", phase.name()), CalendarView.of(e.calendar(), zone), e.failureReason,
                Labels.of(language, "failureReason", e.failureReason), e.cancellationReason);
    }
}
