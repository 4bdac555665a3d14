package kz.saylau.results.result;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * domain.md R-A1, the course of turnout over a voting day: at each moment a turnout report was made, every covered
 * precinct counts with its latest report made by then (none yet: 0), over the voters on the covered lists. A precinct
 * reports cumulative figures (R-V1), so the course never goes down.
 */
public final class TurnoutCourse {

    /** One turnout report as a precinct made it. */
    public record Report(String electionId, String precinctCode, OffsetDateTime asOf, long ballotsIssued) {
    }

    /** The figure at one moment of the day. */
    public record Point(OffsetDateTime asOf, long ballotsIssued,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) Double turnoutPct) {
    }

    private TurnoutCourse() {
    }

    public static List<Point> of(List<Report> reports, long votersOnList) {
        List<Report> inTime = new ArrayList<>(reports);
        inTime.sort(Comparator.comparing(Report::asOf));
        Map<String, Long> latest = new HashMap<>();
        List<Point> course = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < inTime.size(); i++) {
            Report r = inTime.get(i);
            Long before = latest.put(r.electionId() + "|" + r.precinctCode(), r.ballotsIssued());
            total += r.ballotsIssued() - (before == null ? 0 : before);
            boolean lastAtThisMoment = i + 1 == inTime.size() || !inTime.get(i + 1).asOf().isEqual(r.asOf());
            if (lastAtThisMoment) {
                course.add(new Point(r.asOf(), total, ResultRules.percent(total, votersOnList)));
            }
        }
        return course;
    }
}
