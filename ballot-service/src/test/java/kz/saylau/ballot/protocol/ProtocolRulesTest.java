package kz.saylau.ballot.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.saylau.platform.web.ProblemException;

class ProtocolRulesTest {

    static final UUID A = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    static final UUID B = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    /** The acceptance script's first precinct: consistent. */
    static ProtocolBody protocol(long voters, long received, long issued, long cancelled, long inBox, long invalid,
            long against, long a, long b) {
        return new ProtocolBody(d(voters), d(received), d(issued), d(cancelled), d(inBox), d(invalid), d(against),
                List.of(new ProtocolBody.VoteLine(A, d(a)), new ProtocolBody.VoteLine(B, d(b))), null, null, null, null);
    }

    static BigDecimal d(long v) {
        return BigDecimal.valueOf(v);
    }

    static List<String> broken(ProtocolBody p) {
        return ProtocolRules.violations(p).stream().map(ProblemException.Violation::field).toList();
    }

    final ProtocolBody good = protocol(1000, 1000, 700, 300, 698, 8, 10, 480, 200);

    @Test
    void aConsistentProtocolBreaksNothing() {
        assertEquals(List.of(), broken(good));
        ProtocolRules.checkConsistent(good);
    }

    @Test
    void R_P1_issuedPlusCancelledEqualReceived() {
        assertEquals(List.of("R-P1"), broken(protocol(1000, 1001, 700, 300, 698, 8, 10, 480, 200)));
    }

    @Test
    void R_P2_issuedAtMostVotersOnList() {
        assertEquals(List.of("R-P2"), broken(protocol(699, 1000, 700, 300, 698, 8, 10, 480, 200)));
    }

    @Test
    void R_P3_ballotsInBoxAtMostIssued() {
        assertEquals(List.of("R-P3"), broken(protocol(1000, 1000, 700, 300, 701, 11, 10, 480, 200)));
    }

    @Test
    void R_P4_ballotsInBoxEqualInvalidPlusAgainstAllPlusVotes() {
        assertEquals(List.of("R-P4"), broken(protocol(1000, 1000, 700, 300, 699, 8, 10, 480, 200)));
    }

    @Test
    void R_P5_everyFigureIsAWholeNumberAtLeastZero() {
        // a negative vote count that still adds up: only R-P5 is broken
        assertEquals(List.of("R-P5"), broken(withVotes(good, -1, 681)));
        ProtocolBody fraction = new ProtocolBody(d(1000), d(1000), d(700), d(300), new BigDecimal("698.0"), new BigDecimal("7.5"),
                new BigDecimal("10.5"), good.votes(), null, null, null, null);
        assertTrue(broken(fraction).contains("R-P5"));
    }

    /** A ballot printed before R-B2's date has no against-all line, so no ballot can have been counted against all. */
    @Test
    void R_P5_againstAllIsZeroOnABallotWithoutThatLine() {
        ProtocolBody withAgainst = protocol(1000, 1000, 700, 300, 698, 8, 10, 480, 200);
        assertEquals(List.of(), ProtocolRules.violations(withAgainst, true).stream().map(ProblemException.Violation::field).toList());
        assertEquals(List.of("R-P5"), ProtocolRules.violations(withAgainst, false).stream().map(ProblemException.Violation::field).toList());
        ProblemException e = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> ProtocolRules.checkConsistent(withAgainst, false));
        assertEquals("PROTOCOL_INCONSISTENT", e.code());
        ProtocolBody noAgainst = protocol(1000, 1000, 700, 300, 698, 18, 0, 480, 200);
        ProtocolRules.checkConsistent(noAgainst, false);
    }

    @Test
    void R_P5_votesNameExactlyTheCandidatesOnTheBallot() {
        ProtocolRules.checkCandidates(good.votes(), Set.of(A, B));
        UUID c = UUID.randomUUID();
        assertEquals("PROTOCOL_CANDIDATES", assertThrows(ProblemException.class,
                () -> ProtocolRules.checkCandidates(good.votes(), Set.of(A, B, c))).code());
        assertEquals("PROTOCOL_CANDIDATES", assertThrows(ProblemException.class,
                () -> ProtocolRules.checkCandidates(good.votes(), Set.of(A))).code());
        assertEquals("PROTOCOL_CANDIDATES", assertThrows(ProblemException.class, () -> ProtocolRules.checkCandidates(
                List.of(new ProtocolBody.VoteLine(A, d(1)), new ProtocolBody.VoteLine(A, d(1))), Set.of(A))).code());
    }

    @Test
    void everyBrokenRelationIsReportedInOneRefusal() {
        ProtocolException e = new ProtocolException(assertThrows(ProblemException.class,
                () -> ProtocolRules.checkConsistent(protocol(600, 1001, 700, 300, 701, 8, 10, 480, 200))));
        assertEquals("PROTOCOL_INCONSISTENT", e.problem().code());
        assertEquals(List.of("R-P1", "R-P2", "R-P3", "R-P4"), e.problem().violations().stream()
                .map(ProblemException.Violation::field).toList());
    }

    record ProtocolException(ProblemException problem) {
    }

    static ProtocolBody withVotes(ProtocolBody p, long a, long b) {
        return new ProtocolBody(p.votersOnList(), p.ballotsReceived(), p.ballotsIssued(), p.ballotsCancelled(),
                p.ballotsInBox(), p.invalidBallots(), p.againstAll(),
                List.of(new ProtocolBody.VoteLine(A, d(a)), new ProtocolBody.VoteLine(B, d(b))), null, null, null, null);
    }
}
