package kz.saylau.candidate.election;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** An election as api.md shows it; {@code status}, {@code failureReason}, {@code cancellationReason} are extra. */
public record ElectionResponse(UUID id, String unitCode, String unitName, String districtCode, String regionCode,
        ElectionKind kind, LocalDate votingDay, Phase phase, CalendarView calendar, @Schema(nullable = true) String failureReason,
        @Schema(nullable = true) String cancellationReason) {

    public static ElectionResponse of(Election e, Instant now, ZoneId zone) {
        return new ElectionResponse(e.id, e.unitCode, e.unitName, e.districtCode, e.regionCode, e.kind, e.votingDay,
                e.phase(now), CalendarView.of(e.calendar(), zone), e.failureReason, e.cancellationReason);
    }
}
