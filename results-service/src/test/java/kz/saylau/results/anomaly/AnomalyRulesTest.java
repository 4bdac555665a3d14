package kz.saylau.results.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.saylau.results.result.Tally;

/** R-X3 with its default thresholds: above the threshold flags, at it does not. */
class AnomalyRulesTest {

    static final AnomalyRules.Thresholds DEFAULTS = new AnomalyRules.Thresholds(95, 95, 10, 10, 3);

    static Tally.Protocol protocol(int version, long voters, long inBox, long invalid, long against, long a, long b) {
        return new Tally.Protocol("P1", version, voters, inBox, inBox, invalid, against, Map.of("A", a, "B", b));
    }

    static List<String> codes(List<AnomalyRules.Flag> flags) {
        return flags.stream().map(AnomalyRules.Flag::code).toList();
    }

    @Test
    void R_X3_turnoutAboveNinetyFivePercent() {
        assertEquals(List.of(), codes(AnomalyRules.protocolFlags(protocol(1, 1000, 950, 0, 0, 500, 450), null, Map.of(), DEFAULTS)));
        assertEquals(List.of("TURNOUT_HIGH"),
                codes(AnomalyRules.protocolFlags(protocol(1, 1000, 940, 0, 0, 500, 440), null, Map.of("A", 11L), DEFAULTS)));
    }

    @Test
    void R_X3_oneCandidateAboveNinetyFivePercentOfValidVotes() {
        assertEquals(List.of(), codes(AnomalyRules.protocolFlags(protocol(1, 1000, 200, 0, 0, 190, 10), null, Map.of(), DEFAULTS)));
        assertEquals(List.of("CANDIDATE_DOMINANT"),
                codes(AnomalyRules.protocolFlags(protocol(1, 1000, 200, 0, 0, 191, 9), null, Map.of(), DEFAULTS)));
    }

    @Test
    void R_X3_invalidBallotsAboveTenPercentOfBallotsCast() {
        assertEquals(List.of(), codes(AnomalyRules.protocolFlags(protocol(1, 1000, 500, 50, 0, 250, 200), null, Map.of(), DEFAULTS)));
        assertEquals(List.of("INVALID_HIGH"),
                codes(AnomalyRules.protocolFlags(protocol(1, 1000, 500, 51, 0, 250, 199), null, Map.of(), DEFAULTS)));
    }

    @Test
    void R_X3_invalidBallotsAreMeasuredAgainstAllBallotsCastPaperAndElectronic() {
        // 51 invalid of 500 paper ballots is above 10%, but of 500 paper and 20 electronic ballots it is 9.8%
        assertEquals(List.of(), codes(AnomalyRules.protocolFlags(protocol(1, 1000, 500, 51, 0, 250, 199), null,
                Map.of("A", 10L, "B", 10L), DEFAULTS)));
    }

    @Test
    void R_X3_electronicVotesCountTowardsADominantCandidate() {
        // on paper A has 190 of 200 valid votes (95%, not above); with 100 electronic votes for A it is 290 of 300
        assertEquals(List.of(), codes(AnomalyRules.protocolFlags(protocol(1, 1000, 200, 0, 0, 190, 10), null, Map.of(),
                DEFAULTS)));
        assertEquals(List.of("CANDIDATE_DOMINANT"), codes(AnomalyRules.protocolFlags(protocol(1, 1000, 200, 0, 0, 190, 10),
                null, Map.of("A", 100L), DEFAULTS)));
    }

    @Test
    void R_X3_aCorrectionThatMovesMoreThanTenPercentOfValidVotes() {
        Tally.Protocol v1 = protocol(1, 1000, 500, 0, 0, 250, 250);
        assertEquals(50, AnomalyRules.moved(v1, protocol(2, 1000, 500, 0, 0, 200, 300)));
        assertEquals(List.of(), codes(AnomalyRules.protocolFlags(protocol(2, 1000, 500, 0, 0, 200, 300), v1, Map.of(), DEFAULTS)));
        assertEquals(List.of("CORRECTION_SWING"),
                codes(AnomalyRules.protocolFlags(protocol(2, 1000, 500, 0, 0, 199, 301), v1, Map.of(), DEFAULTS)));
        // votes moved to against-all count as moved too
        assertEquals(60, AnomalyRules.moved(v1, protocol(2, 1000, 500, 0, 60, 190, 250)));
    }

    @Test
    void R_X3_aPrecinctMoreThanThreeStandardDeviationsFromItsDistrict() {
        Map<String, Double> turnout = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            turnout.put("P" + i, 60.0 + (i % 3));
        }
        assertEquals(Set.of(), AnomalyRules.districtOutliers(turnout, 3));
        turnout.put("PX", 99.0);
        assertEquals(Set.of("PX"), AnomalyRules.districtOutliers(turnout, 3));
        assertTrue(AnomalyRules.districtOutliers(Map.of("P1", 50.0, "P2", 50.0), 3).isEmpty());
    }
}
