package kz.saylau.results.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** domain.md Analytics: groups and shares to one decimal, rounded half up. */
class AnalyticsRulesTest {

    static AnalyticsRules.Candidate c(String region, String nominatedBy, String party, String gender) {
        return new AnalyticsRules.Candidate(region, "Region " + region, nominatedBy, party, party == null ? null : "Party " + party,
                gender);
    }

    @Test
    void Analytics_nominationsByRegionThenAllWithSharesHalfUp() {
        List<AnalyticsRules.Candidate> cs = List.of(c("R1", "PARTY", "A", "F"), c("R1", "SELF", null, "M"),
                c("R1", "DISTRICT_AKIM", null, "M"), c("R2", "PARTY", "B", "M"), c("R2", "PARTY", "A", "F"),
                c("R2", "SELF", null, "M"), c("R2", "SELF", null, "M"), c("R2", "SELF", null, "F"));
        List<AnalyticsRules.NominationRow> rows = AnalyticsRules.nominations(cs, true);
        assertEquals(List.of("R1", "R2", "ALL"), rows.stream().map(AnalyticsRules.NominationRow::key).toList());
        AnalyticsRules.NominationRow r1 = rows.get(0);
        assertEquals(new AnalyticsRules.NominationRow("R1", "Region R1", 3, 1, 1, 1, 33.3, 33.3, 1, 33.3), r1);
        AnalyticsRules.NominationRow all = rows.get(2);
        // 3 of 8 = 37.5 exactly; 4 of 8 = 50.0
        assertEquals(37.5, all.partySharePct());
        assertEquals(37.5, all.womenSharePct());
        assertEquals(50.0, all.selfSharePct());
        assertEquals(List.of("ALL"), AnalyticsRules.nominations(cs, false).stream().map(AnalyticsRules.NominationRow::key).toList());
    }

    @Test
    void Analytics_sharesRoundHalfUp() {
        // 1 of 8 = 12.5 exactly; 1 of 6 = 16.666.. -> 16.7; 1 of 16 = 6.25 -> 6.3 (half up, not half even)
        assertEquals(6.3, AnalyticsRules.nominations("K", "k",
                java.util.stream.IntStream.range(0, 16).mapToObj(i -> c("R", i == 0 ? "PARTY" : "SELF", null, "M")).toList())
                .partySharePct());
    }

    @Test
    void Analytics_winnersByPartyWithSelfAndDistrictAkimRows() {
        List<AnalyticsRules.Candidate> winners = List.of(c("R1", "PARTY", "A", "F"), c("R1", "PARTY", "A", "M"),
                c("R2", "SELF", null, "M"), c("R2", "DISTRICT_AKIM", null, "F"));
        assertEquals(List.of(new AnalyticsRules.WinnerRow("A", "Party A", 2, 50.0),
                new AnalyticsRules.WinnerRow("DISTRICT_AKIM", "nominated by the district akim", 1, 25.0),
                new AnalyticsRules.WinnerRow("SELF", "self-nominated", 1, 25.0)),
                AnalyticsRules.winners(winners, AnalyticsRules.WinnerGrouping.PARTY));
        assertEquals(List.of("DISTRICT_AKIM", "PARTY", "SELF"), AnalyticsRules.winners(winners,
                AnalyticsRules.WinnerGrouping.NOMINATION).stream().map(AnalyticsRules.WinnerRow::key).toList());
        assertEquals(List.of(2, 2), AnalyticsRules.winners(winners, AnalyticsRules.WinnerGrouping.GENDER).stream()
                .map(AnalyticsRules.WinnerRow::seats).toList());
        assertEquals(List.of("R1", "R2"), AnalyticsRules.winners(winners, AnalyticsRules.WinnerGrouping.REGION).stream()
                .map(AnalyticsRules.WinnerRow::key).toList());
    }

    @Test
    void Analytics_incumbentsReelectedVersusNewPeople() {
        assertEquals(new AnalyticsRules.Incumbents(3, 1, 2, 33.3), AnalyticsRules.Incumbents.of(3, 1));
        assertEquals(new AnalyticsRules.Incumbents(0, 0, 0, null), AnalyticsRules.Incumbents.of(0, 0));
    }
}
