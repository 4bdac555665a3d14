package kz.saylau.results.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The running totals: each event moves them by its difference (R-R1), and never counts one figure twice. */
class TallyTest {

    static Tally.Protocol protocol(String precinct, int version, long voters, long inBox, long invalid, long against,
            long a, long b) {
        return new Tally.Protocol(precinct, version, voters, inBox, inBox, invalid, against, Map.of("A", a, "B", b));
    }

    @Test
    void R_R1_aNewerProtocolVersionReplacesTheOlderInEveryTotal() {
        Tally t = new Tally();
        Tally.Protocol v1 = protocol("P1", 1, 1000, 700, 8, 10, 482, 200);
        Tally.Protocol v2 = protocol("P1", 2, 1000, 700, 6, 10, 384, 300);
        assertTrue(t.apply(null, v1, null));
        t.apply(null, protocol("P2", 1, 500, 300, 0, 0, 100, 200), null);
        assertTrue(t.apply(v1, v2, null));
        assertEquals(2, t.precinctsReporting);
        assertEquals(1500, t.votersReporting);
        assertEquals(1000, t.ballotsInBox);
        assertEquals(6, t.invalidBallots);
        assertEquals(484, t.paper.get("A"));
        assertEquals(500, t.paper.get("B"));
    }

    @Test
    void R_R1_anOlderOrRepeatedVersionChangesNothing() {
        Tally t = new Tally();
        Tally.Protocol v2 = protocol("P1", 2, 1000, 700, 6, 10, 384, 300);
        t.apply(null, v2, null);
        assertFalse(t.apply(v2, protocol("P1", 1, 1000, 700, 8, 10, 482, 200), null));
        assertFalse(t.apply(v2, v2, null));
        assertEquals(1, t.precinctsReporting);
        assertEquals(384, t.paper.get("A"));
    }

    @Test
    void R_R1_anElectronicBoxCountsOnceItsPrecinctHasReported() {
        Tally t = new Tally();
        Map<String, Long> box = Map.of("optA", 5L, "optX", 2L);
        t.ebox(box, false);
        assertEquals(0, t.electronicTotal());
        // the precinct's first protocol brings its box in; a correction does not bring it twice
        Tally.Protocol v1 = protocol("P1", 1, 100, 50, 0, 0, 30, 20);
        t.apply(null, v1, box);
        t.apply(v1, protocol("P1", 2, 100, 50, 0, 0, 29, 21), box);
        assertEquals(7, t.electronicTotal());
        assertEquals(5, t.electronic.get("optA"));
        t.ebox(Map.of("optB", 4L), true);
        assertEquals(11, t.electronicTotal());
    }

    @Test
    void R_R1_turnoutGrowsByTheDifferenceOfEachPrecinctsLatestReport() {
        Tally t = new Tally();
        t.turnout(0, 120);
        t.turnout(120, 300);
        t.turnout(300, 250); // an older report arriving late
        t.turnout(0, 40);
        assertEquals(340, t.turnoutIssued);
    }
}
