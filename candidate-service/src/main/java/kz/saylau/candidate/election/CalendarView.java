package kz.saylau.candidate.election;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * An election calendar as api.md writes it: instants in the election time zone with a numeric offset and no zone
 * id (written as text, so no JSON setting can turn them into UTC or numbers).
 */
public record CalendarView(LocalDate calledOn, String nominationOpens, String nominationCloses,
        @Schema(nullable = true) String fallbackNominationCloses, String registrationCloses, String campaignCloses, String pollsOpen,
        String pollsClose) {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    public static CalendarView of(ElectionCalendar c, ZoneId zone) {
        return new CalendarView(c.calledOn(), format(c.nominationOpens(), zone), format(c.nominationCloses(), zone),
                format(c.fallbackNominationCloses(), zone), format(c.registrationCloses(), zone),
                format(c.campaignCloses(), zone), format(c.pollsOpen(), zone), format(c.pollsClose(), zone));
    }

    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : INSTANT.format(instant.atZone(zone));
    }
}
