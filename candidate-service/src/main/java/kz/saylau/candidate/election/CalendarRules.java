package kz.saylau.candidate.election;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import kz.saylau.platform.web.ProblemException;

/** The calendar rules R-C1 and R-C3, the calendar move of R-N6 and the voting days of R-R5/R-M3; pure. */
public final class CalendarRules {

    private final ElectionSettings.Calendar settings;
    private final ZoneId zone;

    public CalendarRules(ElectionSettings.Calendar settings, ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
    }

    /**
     * The calendar of an election called on {@code calledOn} for {@code votingDay}. A voting day that is not a
     * Sunday is accepted (the law says "normally"); the calendar works the same.
     * R-C1: refused with ELECTION_TOO_SOON when voting day is sooner than min-days-called-before-vote, or when the
     * nomination window would be empty (possible with shorter settings).
     */
    public ElectionCalendar compute(LocalDate calledOn, LocalDate votingDay) {
        LocalDate earliest = calledOn.plusDays(settings.minDaysCalledBeforeVote());
        if (votingDay.isBefore(earliest)) {
            throw ProblemException.rule("ELECTION_TOO_SOON", "R-C1", "voting day " + votingDay + " is sooner than "
                    + settings.minDaysCalledBeforeVote() + " days after the call on " + calledOn + " (earliest " + earliest + ")");
        }
        Instant nominationOpens = at(calledOn.plusDays(1), LocalTime.MIDNIGHT);
        Instant nominationCloses = deadline(votingDay.minusDays(settings.nominationClosesDaysBefore()));
        Instant registrationCloses = deadline(votingDay.minusDays(settings.registrationClosesDaysBefore()));
        if (!nominationOpens.isBefore(nominationCloses) || registrationCloses.isBefore(nominationCloses)) {
            throw ProblemException.rule("ELECTION_TOO_SOON", "R-C1",
                    "the calendar cannot fit: nomination would close before it opens");
        }
        return new ElectionCalendar(calledOn, votingDay, nominationOpens, nominationCloses, null, registrationCloses,
                at(votingDay.minusDays(1), LocalTime.MIDNIGHT), at(votingDay, settings.pollsOpen()),
                at(votingDay, settings.pollsClose()));
    }

    /**
     * R-N6: the fallback window closes {@code fallbackDays} after nomination closes (at the deadline time), and
     * registration closes no sooner than {@code daysAfter} days after that.
     */
    public ElectionCalendar openFallback(ElectionCalendar calendar, int fallbackDays, int daysAfter) {
        LocalDate nominationClosed = calendar.nominationCloses().atZone(zone).toLocalDate();
        Instant fallbackCloses = deadline(nominationClosed.plusDays(fallbackDays));
        Instant registrationCloses = deadline(fallbackCloses.atZone(zone).toLocalDate().plusDays(daysAfter));
        if (calendar.registrationCloses().isAfter(registrationCloses)) {
            registrationCloses = calendar.registrationCloses();
        }
        return new ElectionCalendar(calendar.calledOn(), calendar.votingDay(), calendar.nominationOpens(),
                calendar.nominationCloses(), fallbackCloses, registrationCloses, calendar.campaignCloses(),
                calendar.pollsOpen(), calendar.pollsClose());
    }

    /**
     * R-C5: the voting day moves only while nomination has not opened (the calendar is then computed anew from the
     * day of the call, R-C1 included); after that the calendar stands, and the way out is cancellation.
     */
    public ElectionCalendar move(ElectionCalendar calendar, LocalDate votingDay, Instant now) {
        if (!now.isBefore(calendar.nominationOpens())) {
            throw ProblemException.rule("NOMINATION_OPENED", "R-C5", "nomination opened at "
                    + calendar.nominationOpens().atZone(zone).toOffsetDateTime()
                    + "; the voting day can no longer move (the CEC may cancel the election and call it again)");
        }
        return compute(calendar.calledOn(), votingDay);
    }

    /** R-C3: the phase at {@code now}; a decided status (finished, failed, cancelled) wins over the calendar. */
    public static Phase phase(ElectionCalendar calendar, ElectionStatus status, Instant now) {
        switch (status) {
            case FINISHED:
                return Phase.FINISHED;
            case FAILED:
                return Phase.FAILED;
            case CANCELLED:
                return Phase.CANCELLED;
            default:
                break;
        }
        if (now.isBefore(calendar.nominationOpens())) {
            return Phase.CALLED;
        }
        if (now.isBefore(calendar.nominationCloses())) {
            return Phase.NOMINATION;
        }
        if (now.isBefore(calendar.registrationCloses())) {
            return Phase.REGISTRATION;
        }
        if (now.isBefore(calendar.campaignCloses())) {
            return Phase.CAMPAIGN;
        }
        if (now.isBefore(calendar.pollsOpen())) {
            return Phase.SILENCE;
        }
        if (now.isBefore(calendar.pollsClose())) {
            return Phase.VOTING;
        }
        return Phase.COUNTING;
    }

    /** R-R5, R-M3: the first Sunday at least {@code days} after {@code from}, and no sooner than R-C1 allows. */
    public LocalDate followUpVotingDay(LocalDate from, int days, LocalDate calledOn) {
        LocalDate earliest = from.plusDays(days);
        LocalDate allowed = calledOn.plusDays(settings.minDaysCalledBeforeVote());
        if (earliest.isBefore(allowed)) {
            earliest = allowed;
        }
        return earliest.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    /** A deadline: the given local day at the deadline time (18:00 by default). */
    public Instant deadline(LocalDate day) {
        return at(day, settings.deadlineTime());
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }
}
