package kz.saylau.candidate.election;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Payload of {@code saylau.election.called.v1}, {@code .calendar-changed.v1} and {@code .cancelled.v1}
 * (events.md): the election with its unit, district and region codes and names, kind, voting day and calendar.
 */
public record ElectionAnnounced(UUID id, String unitCode, String unitName, String unitNameRu, String districtCode,
        String districtName, String districtNameRu, String regionCode, String regionName, String regionNameRu, ElectionKind kind, LocalDate votingDay, CalendarView calendar,
        String cancellationReason) {

    public static final String TOPIC = "saylau.elections";
    public static final String CALLED = "saylau.election.called.v1";
    public static final String CALENDAR_CHANGED = "saylau.election.calendar-changed.v1";
    public static final String CANCELLED = "saylau.election.cancelled.v1";

    /** The names of the unit, its district and its region, in Kazakh and (where the register has them) Russian. */
    static ElectionAnnounced of(Election e, String[] unit, String[] district, String[] region, ZoneId zone) {
        return new ElectionAnnounced(e.id, e.unitCode, e.unitName, unit[1], e.districtCode, district[0], district[1],
                e.regionCode, region[0], region[1], e.kind, e.votingDay, CalendarView.of(e.calendar(), zone), e.cancellationReason);
    }
}
