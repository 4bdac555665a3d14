package kz.saylau.results.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kz.saylau.platform.web.SettingRanges;

/** The arithmetic of domain.md Results (R-R1..R-R3); pure. */
public final class ResultRules {

    private ResultRules() {
    }

    /** The ranges of the result settings (R-R3 minimum turnout is a percentage, R-M1 a term has years). */
    public static SettingRanges settingRanges(ResultSettings s) {
        return new SettingRanges()
                .between("saylau.results.min-turnout-pct", s.minTurnoutPct(), 0, 100)
                .atLeast("saylau.results.term-years", s.termYears(), 1);
    }

    /** One decimal, computed exactly and rounded half up (api.md); null when the base is zero. */
    public static Double percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** R-R2: against-all ballots stay in the base, invalid ones do not. */
    public static Double share(long votes, long ballotsCast, long invalid) {
        return percent(votes, ballotsCast - invalid);
    }

    public record Standing(UUID candidateId, long votes) {
    }

    /** The leader after the polls close: most votes; empty on a tie for first or without candidates. */
    public static Optional<Standing> leader(List<Standing> candidates) {
        Standing best = null;
        boolean tie = false;
        for (Standing s : candidates) {
            if (best == null || s.votes() > best.votes()) {
                best = s;
                tie = false;
            } else if (s.votes() == best.votes()) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    public enum TiePolicy {
        FAIL
    }

    public enum AgainstAllPolicy {
        NO_EFFECT, REPEAT
    }

    /** What certification decides (R-R3): the winner, or the reason the election failed. */
    public record Decision(UUID winner, String failureReason) {
    }

    /**
     * R-R3: plurality in one round. A tie for first fails the election (TIE); below the minimum turnout it fails
     * (LOW_TURNOUT); with the {@code repeat} against-all policy, against-all above the leader fails it (AGAINST_ALL_WON).
     */
    public static Decision decide(List<Standing> candidates, long againstAll, long ballotsCast, long votersOnList,
            double minTurnoutPct, AgainstAllPolicy againstAllPolicy) {
        if (minTurnoutPct > 0 && (votersOnList == 0
                || BigDecimal.valueOf(ballotsCast).multiply(BigDecimal.valueOf(100))
                        .compareTo(BigDecimal.valueOf(minTurnoutPct).multiply(BigDecimal.valueOf(votersOnList))) < 0)) {
            return new Decision(null, "LOW_TURNOUT");
        }
        Optional<Standing> leader = leader(candidates);
        if (leader.isEmpty()) {
            return new Decision(null, candidates.isEmpty() ? "NO_CANDIDATES" : "TIE");
        }
        if (againstAllPolicy == AgainstAllPolicy.REPEAT && againstAll > leader.get().votes()) {
            return new Decision(null, "AGAINST_ALL_WON");
        }
        return new Decision(leader.get().candidateId(), null);
    }
}
