package kz.saylau.results.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.saylau.results.result.ResultRules.AgainstAllPolicy;
import kz.saylau.results.result.ResultRules.Standing;

class ResultRulesTest {

    static final UUID A = UUID.randomUUID(), B = UUID.randomUUID(), C = UUID.randomUUID();

    @Test
    void R_R1_turnoutIsBallotsCastOverVotersOnListOneDecimalHalfUp() {
        assertEquals(70.0, ResultRules.percent(2099, 3000)); // 69.966… → 70.0
        assertEquals(12.5, ResultRules.percent(125, 1000));
        assertEquals(0.1, ResultRules.percent(1, 2000)); // 0.05 → 0.1, half up
        assertNull(ResultRules.percent(5, 0));
    }

    @Test
    void R_R2_shareKeepsAgainstAllInTheBaseAndLeavesInvalidOut() {
        // the acceptance election: 1091 votes of 2099 cast, 28 invalid → 1091 / 2071 = 52.68… → 52.7
        assertEquals(52.7, ResultRules.share(1091, 2099, 28));
        assertEquals(50.0, ResultRules.share(50, 110, 10));
    }

    @Test
    void R_R3_pluralityWins() {
        var d = ResultRules.decide(List.of(new Standing(A, 10), new Standing(B, 30), new Standing(C, 20)), 5, 70, 100, 0,
                AgainstAllPolicy.NO_EFFECT);
        assertEquals(B, d.winner());
        assertNull(d.failureReason());
    }

    @Test
    void R_R3_aTieForFirstFailsTheElection() {
        var d = ResultRules.decide(List.of(new Standing(A, 30), new Standing(B, 30), new Standing(C, 20)), 0, 80, 100, 0,
                AgainstAllPolicy.NO_EFFECT);
        assertNull(d.winner());
        assertEquals("TIE", d.failureReason());
        assertTrue(ResultRules.leader(List.of(new Standing(A, 30), new Standing(B, 30))).isEmpty());
        // a tie below the first place does not matter
        assertEquals(A, ResultRules.leader(List.of(new Standing(A, 31), new Standing(B, 30), new Standing(C, 30))).orElseThrow().candidateId());
    }

    @Test
    void R_R3_minimumTurnoutWhenSet() {
        List<Standing> s = List.of(new Standing(A, 40), new Standing(B, 9));
        assertEquals("LOW_TURNOUT", ResultRules.decide(s, 0, 49, 100, 50, AgainstAllPolicy.NO_EFFECT).failureReason());
        assertEquals(A, ResultRules.decide(s, 1, 50, 100, 50, AgainstAllPolicy.NO_EFFECT).winner());
        assertEquals(A, ResultRules.decide(s, 0, 1, 100, 0, AgainstAllPolicy.NO_EFFECT).winner());
    }

    @Test
    void R_R3_againstAllPolicy() {
        List<Standing> s = List.of(new Standing(A, 40), new Standing(B, 9));
        assertEquals(A, ResultRules.decide(s, 41, 90, 100, 0, AgainstAllPolicy.NO_EFFECT).winner());
        assertEquals("AGAINST_ALL_WON", ResultRules.decide(s, 41, 90, 100, 0, AgainstAllPolicy.REPEAT).failureReason());
        assertEquals(A, ResultRules.decide(s, 40, 89, 100, 0, AgainstAllPolicy.REPEAT).winner());
    }
}
