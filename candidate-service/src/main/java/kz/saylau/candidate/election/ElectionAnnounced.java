package kz.saylau.candidate.election;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Payload of {@code saylau.election.called.v1}, {@code .calendar-changed.v1} and {@code .cancelled.v1}
 * (events.md): the election with its unit, district and region codes and names, kind, voting day and calendar.
 */
public record ElectionAnnounced(UUID id, String unitCode, String unitName, String districtCode, String districtName,
        String regionCode, String regionName, ElectionKind kind, LocalDate votingDay, CalendarView calendar,
        String cancellationReason) {

    public static final String TOPIC = "saylau.elections";
    public static final String CALLED = "saylau.election.called.v1";
    public static final String CALENDAR_CHANGED = "saylau.election.calendar-changed.v1";
    public static final String CANCELLED = "saylau.election.cancelled.v1";

    static ElectionAnnounced of(Election e, String districtName, String regionName, ZoneId zone) {
        return new ElectionAnnounced(e.id, e.unitCode, e.unitName, e.districtCode, districtName, e.regionCode,
                regionName, e.kind, e.votingDay, CalendarView.of(e.calendar(), zone), e.cancellationReason);
    }
}
