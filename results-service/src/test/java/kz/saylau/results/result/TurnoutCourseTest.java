package kz.saylau.results.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class TurnoutCourseTest {

    private static TurnoutCourse.Report report(String precinct, String at, long issued) {
        return new TurnoutCourse.Report("E1", precinct, OffsetDateTime.parse("2027-07-25T" + at + ":00+05:00"), issued);
    }

    @Test
    void R_A1_eachMomentCountsEveryPrecinctsLatestReportMadeByThen() {
        // two precincts of 1,000 voters each; the second reports late and once; reports arrive out of order
        List<TurnoutCourse.Point> course = TurnoutCourse.of(List.of(
                report("P1", "12:00", 300), report("P1", "10:00", 100), report("P2", "12:00", 250),
                report("P1", "14:00", 420)), 2000);
        assertEquals(List.of(
                new TurnoutCourse.Point(OffsetDateTime.parse("2027-07-25T10:00:00+05:00"), 100, 5.0),
                new TurnoutCourse.Point(OffsetDateTime.parse("2027-07-25T12:00:00+05:00"), 550, 27.5),
                new TurnoutCourse.Point(OffsetDateTime.parse("2027-07-25T14:00:00+05:00"), 670, 33.5)), course);
    }

    @Test
    void R_A1_noVoterOnTheListsHasNoPercentage() {
        assertEquals(null, TurnoutCourse.of(List.of(report("P1", "10:00", 0)), 0).get(0).turnoutPct());
        assertEquals(List.of(), TurnoutCourse.of(List.of(), 500));
    }
}
