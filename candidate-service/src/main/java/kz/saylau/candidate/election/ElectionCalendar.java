package kz.saylau.candidate.election;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The calendar of one election (domain.md "Calendar"): each window is half-open, from its start up to but not
 * including its end. {@code fallbackNominationCloses} is null unless the fallback window of R-N6 opened.
 */
public record ElectionCalendar(LocalDate calledOn, LocalDate votingDay, Instant nominationOpens, Instant nominationCloses,
        Instant fallbackNominationCloses, Instant registrationCloses, Instant campaignCloses, Instant pollsOpen,
        Instant pollsClose) {

    public boolean fallbackOpened() {
        return fallbackNominationCloses != null;
    }
}
