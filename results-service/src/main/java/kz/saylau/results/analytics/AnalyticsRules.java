package kz.saylau.results.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import kz.saylau.results.result.ResultRules;

/** The counting of domain.md Analytics: groups, and shares to one decimal rounded half up. Pure. */
public final class AnalyticsRules {

    private AnalyticsRules() {
    }

    /** A candidate as analytics sees one: registered at some point (refused ones never reach here). */
    public record Candidate(String regionCode, String regionName, String nominatedBy, String partyCode, String partyName,
            String gender) {
    }

    /** api.md nomination analytics row. */
    public record NominationRow(String key, String name, int candidates, int party, int self, int districtAkim,
            Double partySharePct, Double selfSharePct, int women, Double womenSharePct) {
    }

    /** api.md winners row. */
    public record WinnerRow(String key, String name, int seats, Double sharePct) {
    }

    public static NominationRow nominations(String key, String name, List<Candidate> candidates) {
        int party = 0, self = 0, akim = 0, women = 0;
        for (Candidate c : candidates) {
            switch (c.nominatedBy()) {
                case "PARTY" -> party++;
                case "SELF" -> self++;
                default -> akim++;
            }
            if ("F".equals(c.gender())) {
                women++;
            }
        }
        int n = candidates.size();
        return new NominationRow(key, name, n, party, self, akim, ResultRules.percent(party, n),
                ResultRules.percent(self, n), women, ResultRules.percent(women, n));
    }

    /** Nominations: one row per region (sorted by code) then the {@code ALL} row; only {@code ALL} without groups. */
    public static List<NominationRow> nominations(List<Candidate> candidates, boolean byRegion) {
        List<NominationRow> rows = new ArrayList<>();
        if (byRegion) {
            Map<String, List<Candidate>> groups = new TreeMap<>();
            Map<String, String> names = new TreeMap<>();
            for (Candidate c : candidates) {
                groups.computeIfAbsent(c.regionCode(), k -> new ArrayList<>()).add(c);
                names.putIfAbsent(c.regionCode(), c.regionName());
            }
            groups.forEach((region, list) -> rows.add(nominations(region, names.get(region), list)));
        }
        rows.add(nominations("ALL", "All regions", candidates));
        return rows;
    }

    public enum WinnerGrouping {
        PARTY(c -> "PARTY".equals(c.nominatedBy()) && c.partyCode() != null ? c.partyCode() : c.nominatedBy(),
                c -> "PARTY".equals(c.nominatedBy()) && c.partyName() != null ? c.partyName() : label(c.nominatedBy())),
        NOMINATION(Candidate::nominatedBy, c -> label(c.nominatedBy())),
        GENDER(Candidate::gender, c -> "F".equals(c.gender()) ? "women" : "men"),
        REGION(Candidate::regionCode, Candidate::regionName);

        final Function<Candidate, String> key;
        final Function<Candidate, String> name;

        WinnerGrouping(Function<Candidate, String> key, Function<Candidate, String> name) {
            this.key = key;
            this.name = name;
        }
    }

    /** Winners grouped, with each group's seats over all the winners counted; sorted by key. */
    public static List<WinnerRow> winners(List<Candidate> winners, WinnerGrouping by) {
        Map<String, int[]> seats = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (Candidate w : winners) {
            String key = String.valueOf(by.key.apply(w));
            seats.computeIfAbsent(key, k -> new int[1])[0]++;
            names.putIfAbsent(key, by.name.apply(w));
        }
        return seats.entrySet().stream().map(e -> new WinnerRow(e.getKey(), names.get(e.getKey()), e.getValue()[0],
                ResultRules.percent(e.getValue()[0], winners.size()))).toList();
    }

    /** The group's name: the system's own English words for the kind of nomination (platform/web Labels). */
    static String label(String nominatedBy) {
        return kz.saylau.platform.web.Labels.of(kz.saylau.platform.web.Language.EN, "nominatedBy", nominatedBy);
    }

    /** Incumbents re-elected versus new people (matched by personKey across elections of the unit). */
    public record Incumbents(int winners, int reelected, int newPeople, Double reelectedSharePct) {

        public static Incumbents of(int winners, int reelected) {
            return new Incumbents(winners, reelected, winners - reelected, ResultRules.percent(reelected, winners));
        }
    }
}
