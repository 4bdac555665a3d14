package kz.saylau.results.result;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An election's running totals (R-R1): what its reported precincts add up to. Each applied event moves them by its
 * difference; nothing here sums the protocols again. Pure, so the rules are tested without a database.
 */
public final class Tally {

    /** One precinct's protocol figures (its latest version). */
    public record Protocol(String precinctCode, int version, long votersOnList, long ballotsIssued, long ballotsInBox,
            long invalidBallots, long againstAll, Map<String, Long> votes) {

        /** Valid votes: the ballots in the box that were not invalid (R-P4: against-all plus the candidates). */
        public long valid() {
            return ballotsInBox - invalidBallots;
        }
    }

    public int precinctsReporting;
    public long votersReporting;
    public long ballotsIssued;
    public long ballotsInBox;
    public long invalidBallots;
    public long againstAll;
    public long turnoutIssued;
    /** Paper votes by candidate id. */
    public final Map<String, Long> paper = new HashMap<>();
    /** Electronic votes by ballot option id, from precincts that have reported (R-R1). */
    public final Map<String, Long> electronic = new HashMap<>();

    /**
     * A precinct's protocol: the first version adds it (with its electronic box, if that closed already), a newer
     * version replaces the one counted, an older or equal one changes nothing. Returns whether the totals moved.
     */
    public boolean apply(Protocol counted, Protocol incoming, Map<String, Long> eboxOfPrecinct) {
        if (counted != null && counted.version() >= incoming.version()) {
            return false;
        }
        if (counted == null) {
            precinctsReporting++;
            if (eboxOfPrecinct != null) {
                add(electronic, eboxOfPrecinct, 1);
            }
        } else {
            add(counted, -1);
        }
        add(incoming, 1);
        return true;
    }

    /** An electronic box counts once, and only with a precinct that has reported (R-R1). */
    public void ebox(Map<String, Long> counts, boolean precinctReported) {
        if (precinctReported) {
            add(electronic, counts, 1);
        }
    }

    /** Turnout reports only grow (a precinct's figure is its latest, largest count). */
    public void turnout(long counted, long incoming) {
        turnoutIssued += Math.max(0, incoming - counted);
    }

    public long electronicTotal() {
        return electronic.values().stream().mapToLong(Long::longValue).sum();
    }

    public long paperVotes(UUID candidate) {
        return paper.getOrDefault(candidate.toString(), 0L);
    }

    public long electronicVotes(UUID option) {
        return electronic.getOrDefault(option.toString(), 0L);
    }

    private void add(Protocol p, int sign) {
        votersReporting += sign * p.votersOnList();
        ballotsIssued += sign * p.ballotsIssued();
        ballotsInBox += sign * p.ballotsInBox();
        invalidBallots += sign * p.invalidBallots();
        againstAll += sign * p.againstAll();
        add(paper, p.votes(), sign);
    }

    private static void add(Map<String, Long> into, Map<String, Long> counts, int sign) {
        counts.forEach((k, v) -> {
            long sum = into.getOrDefault(k, 0L) + sign * v;
            if (sum == 0) {
                into.remove(k);
            } else {
                into.put(k, sum);
            }
        });
    }
}
