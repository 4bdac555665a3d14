package kz.saylau.results.anomaly;

import kz.saylau.platform.web.SettingRanges;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.saylau.results.result.Tally;

/** R-X3: flags that draw an observer's eye to a precinct. They flag, they never block. Pure. */
public final class AnomalyRules {

    private AnomalyRules() {
    }

    public record Flag(String code, String detail) {
    }

    /** The thresholds, as {@link AnomalySettings} gives them. */
    public record Thresholds(double turnoutPct, double candidatePct, double invalidPct, double correctionPct,
            double districtSigmas) {

        public static Thresholds of(AnomalySettings s) {
            return new Thresholds(s.turnoutPct(), s.candidatePct(), s.invalidPct(), s.correctionPct(), s.districtSigmas());
        }
    }

    /** The ranges of the thresholds (R-X3): none below zero, or every precinct would be flagged. */
    public static SettingRanges settingRanges(AnomalySettings s) {
        String p = "saylau.anomaly.";
        return new SettingRanges()
                .atLeast(p + "turnout-pct", s.turnoutPct(), 0)
                .atLeast(p + "candidate-pct", s.candidatePct(), 0)
                .atLeast(p + "invalid-pct", s.invalidPct(), 0)
                .atLeast(p + "correction-pct", s.correctionPct(), 0)
                .atLeast(p + "district-sigmas", s.districtSigmas(), 0);
    }

    /**
     * The flags of a precinct's protocol when it is applied: {@code previous} is the version it replaces (null for
     * the first), {@code electronic} the precinct's electronic votes known by then, by candidate id (against-all and
     * any other option under keys of their own). Electronic ballots are ballots cast and never invalid (R-V2), so they
     * count in turnout, in the valid votes a candidate's share is taken of, and in the base of the invalid share.
     */
    public static List<Flag> protocolFlags(Tally.Protocol p, Tally.Protocol previous, Map<String, Long> electronic,
            Thresholds t) {
        List<Flag> flags = new ArrayList<>();
        long electronicCast = electronic.values().stream().mapToLong(Long::longValue).sum();
        long cast = p.ballotsInBox() + electronicCast;
        if (above(cast, p.votersOnList(), t.turnoutPct())) {
            flags.add(new Flag("TURNOUT_HIGH", "turnout " + pct(cast, p.votersOnList()) + "% is above " + t.turnoutPct() + "%"));
        }
        long validCast = p.valid() + electronicCast;
        p.votes().forEach((candidate, paper) -> {
            long votes = paper + electronic.getOrDefault(candidate, 0L);
            if (above(votes, validCast, t.candidatePct())) {
                flags.add(new Flag("CANDIDATE_DOMINANT", "candidate " + candidate + " has " + pct(votes, validCast)
                        + "% of valid votes, above " + t.candidatePct() + "%"));
            }
        });
        if (above(p.invalidBallots(), cast, t.invalidPct())) {
            flags.add(new Flag("INVALID_HIGH", "invalid ballots are " + pct(p.invalidBallots(), cast)
                    + "% of ballots cast, above " + t.invalidPct() + "%"));
        }
        long valid = p.valid();
        if (previous != null) {
            long moved = moved(previous, p);
            long base = Math.max(previous.valid(), valid);
            if (above(moved, base, t.correctionPct())) {
                flags.add(new Flag("CORRECTION_SWING", "version " + p.version() + " moves " + moved + " of " + base
                        + " valid votes (" + pct(moved, base) + "%), above " + t.correctionPct() + "%"));
            }
        }
        return flags;
    }

    /**
     * Valid votes a correction moves: the larger of the votes gained and the votes lost over all options (candidates
     * and against-all), so 100 votes passed from one candidate to another move 100, and 50 found for one move 50.
     */
    public static long moved(Tally.Protocol before, Tally.Protocol after) {
        Map<String, Long> delta = new HashMap<>();
        after.votes().forEach((k, v) -> delta.merge(k, v, Long::sum));
        before.votes().forEach((k, v) -> delta.merge(k, -v, Long::sum));
        delta.merge("AGAINST_ALL", after.againstAll() - before.againstAll(), Long::sum);
        long gained = delta.values().stream().filter(d -> d > 0).mapToLong(Long::longValue).sum();
        long lost = -delta.values().stream().filter(d -> d < 0).mapToLong(Long::longValue).sum();
        return Math.max(gained, lost);
    }

    /**
     * The precincts of one district whose turnout lies more than {@code sigmas} (population) standard deviations from
     * the district's mean turnout. A district whose precincts all have the same turnout has none.
     */
    public static Set<String> districtOutliers(Map<String, Double> turnoutByPrecinct, double sigmas) {
        int n = turnoutByPrecinct.size();
        Set<String> outliers = new HashSet<>();
        if (n < 2) {
            return outliers;
        }
        double mean = turnoutByPrecinct.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double variance = turnoutByPrecinct.values().stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / n;
        double sd = Math.sqrt(variance);
        if (sd == 0) {
            return outliers;
        }
        turnoutByPrecinct.forEach((precinct, v) -> {
            if (Math.abs(v - mean) > sigmas * sd) {
                outliers.add(precinct);
            }
        });
        return outliers;
    }

    /** part/whole strictly above pct percent, exactly (no rounding at the threshold). */
    static boolean above(long part, long whole, double pct) {
        return whole > 0 && BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf(pct).multiply(BigDecimal.valueOf(whole))) > 0;
    }

    private static String pct(long part, long whole) {
        return String.valueOf(kz.saylau.results.result.ResultRules.percent(part, whole));
    }
}
