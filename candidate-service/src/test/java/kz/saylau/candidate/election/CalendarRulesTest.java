package kz.saylau.candidate.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import kz.saylau.platform.web.ProblemException;

class CalendarRulesTest {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    final CalendarRules rules = new CalendarRules(DefaultSettings.calendar(), ALMATY);

    static Instant local(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ALMATY).toInstant();
    }

    @Test
    void calendarFollowsTheDefaultSettingsWithDeadlinesAt18Local() {
        LocalDate called = LocalDate.of(2027, 1, 5);
        LocalDate voting = LocalDate.of(2027, 2, 14); // a Sunday
        ElectionCalendar c = rules.compute(called, voting);
        assertEquals(called, c.calledOn());
        assertEquals(local(LocalDate.of(2027, 1, 6), 0), c.nominationOpens());
        assertEquals(local(LocalDate.of(2027, 1, 19), 18), c.nominationCloses());
        assertEquals(local(LocalDate.of(2027, 1, 24), 18), c.registrationCloses());
        assertEquals(local(LocalDate.of(2027, 2, 13), 0), c.campaignCloses());
        assertEquals(local(voting, 7), c.pollsOpen());
        assertEquals(local(voting, 20), c.pollsClose());
        assertNull(c.fallbackNominationCloses());
        assertEquals(18, c.nominationCloses().atZone(ALMATY).getHour());
    }

    @Test
    void theJuly2021SettingsGiveTheir16And11Days() {
        CalendarRules july2021 = new CalendarRules(DefaultSettings.calendar(16, 11), ALMATY);
        ElectionCalendar c = july2021.compute(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 7, 25));
        assertEquals(local(LocalDate.of(2021, 7, 9), 18), c.nominationCloses());
        assertEquals(local(LocalDate.of(2021, 7, 14), 18), c.registrationCloses());
    }

    @Test
    void deadlinesCrossALeapDay() {
        ElectionCalendar c = rules.compute(LocalDate.of(2028, 1, 20), LocalDate.of(2028, 3, 26));
        assertEquals(local(LocalDate.of(2028, 2, 29), 18), c.nominationCloses()); // 26 days before 26 March 2028
        assertEquals(local(LocalDate.of(2028, 3, 5), 18), c.registrationCloses());
    }

    @Test
    void aVotingDayThatIsNotASundayIsAcceptedAndTheCalendarStillWorks() {
        LocalDate wednesday = LocalDate.of(2027, 3, 17);
        ElectionCalendar c = rules.compute(LocalDate.of(2027, 1, 10), wednesday);
        assertEquals(local(wednesday.minusDays(26), 18), c.nominationCloses());
        assertEquals(local(wednesday, 7), c.pollsOpen());
    }

    @Test
    void R_C1_votingDaySoonerThanThirtyDaysIsRefused() {
        LocalDate called = LocalDate.of(2027, 1, 5);
        ProblemException e = assertThrows(ProblemException.class, () -> rules.compute(called, called.plusDays(29)));
        assertEquals("ELECTION_TOO_SOON", e.code());
        assertEquals(422, e.status());
        assertEquals("R-C1", e.getMessage().substring(0, 4));
        assertEquals(called.plusDays(30), rules.compute(called, called.plusDays(30)).votingDay());
        assertEquals("ELECTION_TOO_SOON", assertThrows(ProblemException.class,
                () -> rules.compute(called, called.minusDays(3))).code());
    }

    @Test
    void R_C5_votingDayMovesOnlyBeforeNominationOpensAndTheCalendarFollows() {
        LocalDate called = LocalDate.of(2027, 1, 5);
        ElectionCalendar c = rules.compute(called, LocalDate.of(2027, 2, 14));
        LocalDate later = LocalDate.of(2027, 2, 21);
        ElectionCalendar moved = rules.move(c, later, local(called, 23));
        assertEquals(called, moved.calledOn());
        assertEquals(later, moved.votingDay());
        assertEquals(c.nominationOpens(), moved.nominationOpens());
        assertEquals(local(later.minusDays(26), 18), moved.nominationCloses());
        assertEquals(local(later.minusDays(21), 18), moved.registrationCloses());
        assertEquals(local(later, 7), moved.pollsOpen());
        // R-C1 still holds against the day of the call
        assertEquals("ELECTION_TOO_SOON", assertThrows(ProblemException.class,
                () -> rules.move(c, called.plusDays(29), local(called, 23))).code());
        // from the instant nomination opens, the calendar stands
        ProblemException e = assertThrows(ProblemException.class, () -> rules.move(c, later, c.nominationOpens()));
        assertEquals("NOMINATION_OPENED", e.code());
        assertEquals(422, e.status());
        assertEquals("R-C5", e.getMessage().substring(0, 4));
    }

    @Test
    void R_C3_phaseFollowsTheClockThroughHalfOpenWindows() {
        ElectionCalendar c = rules.compute(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 14));
        ElectionStatus open = ElectionStatus.OPEN;
        assertEquals(Phase.CALLED, CalendarRules.phase(c, open, c.nominationOpens().minusSeconds(1)));
        assertEquals(Phase.NOMINATION, CalendarRules.phase(c, open, c.nominationOpens()));
        assertEquals(Phase.NOMINATION, CalendarRules.phase(c, open, c.nominationCloses().minusSeconds(1)));
        assertEquals(Phase.REGISTRATION, CalendarRules.phase(c, open, c.nominationCloses()));
        assertEquals(Phase.CAMPAIGN, CalendarRules.phase(c, open, c.registrationCloses()));
        assertEquals(Phase.SILENCE, CalendarRules.phase(c, open, c.campaignCloses()));
        assertEquals(Phase.VOTING, CalendarRules.phase(c, open, c.pollsOpen()));
        assertEquals(Phase.VOTING, CalendarRules.phase(c, open, c.pollsClose().minusSeconds(1)));
        assertEquals(Phase.COUNTING, CalendarRules.phase(c, open, c.pollsClose()));
        assertEquals(Phase.FINISHED, CalendarRules.phase(c, ElectionStatus.FINISHED, c.pollsClose()));
        assertEquals(Phase.FAILED, CalendarRules.phase(c, ElectionStatus.FAILED, c.registrationCloses()));
        assertEquals(Phase.CANCELLED, CalendarRules.phase(c, ElectionStatus.CANCELLED, c.nominationOpens()));
    }

    @Test
    void R_N6_fallbackWindowMovesRegistrationToTwoDaysAfterIt() {
        ElectionCalendar c = rules.compute(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 14));
        ElectionCalendar moved = rules.openFallback(c, 5, 2);
        assertEquals(local(LocalDate.of(2027, 1, 24), 18), moved.fallbackNominationCloses()); // 19 + 5
        assertEquals(local(LocalDate.of(2027, 1, 26), 18), moved.registrationCloses()); // max(24th, 24th + 2)
        assertEquals(c.nominationCloses(), moved.nominationCloses());
        // with 3 days, registration close (the 24th) is already later than the window + 2 days (the 24th): unchanged
        ElectionCalendar three = rules.openFallback(c, 3, 2);
        assertEquals(local(LocalDate.of(2027, 1, 22), 18), three.fallbackNominationCloses());
        assertEquals(c.registrationCloses(), three.registrationCloses());
    }

    @Test
    void R_R5_repeatVotingDayIsTheFirstSundayAtLeastSixtyDaysLater() {
        LocalDate failed = LocalDate.of(2027, 2, 17); // a Wednesday
        LocalDate day = rules.followUpVotingDay(failed, 60, failed);
        assertEquals(DayOfWeek.SUNDAY, day.getDayOfWeek());
        assertEquals(LocalDate.of(2027, 4, 18), day); // 60 days is Sunday 18 April itself
        assertEquals(LocalDate.of(2027, 4, 25), rules.followUpVotingDay(failed.plusDays(1), 60, failed.plusDays(1)));
    }

    @Test
    void R_M3_byElectionForAnOldDecisionStillLeavesThirtyDaysAfterTheCall() {
        LocalDate decided = LocalDate.of(2027, 1, 1);
        LocalDate today = LocalDate.of(2027, 3, 1);
        LocalDate day = rules.followUpVotingDay(decided, 60, today);
        assertEquals(LocalDate.of(2027, 4, 4), day); // 1 March + 30 = 31 March (Wed) → Sunday 4 April
        ZonedDateTime nominationCloses = rules.compute(today, day).nominationCloses().atZone(ALMATY);
        assertEquals(18, nominationCloses.getHour());
    }
}
