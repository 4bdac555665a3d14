package kz.saylau.ballot.protocol;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kz.saylau.platform.web.ProblemException;

/** The control relations R-P1..R-P5 of a precinct protocol; pure. */
public final class ProtocolRules {

    private ProtocolRules() {
    }

    /** R-P5: {@code votes} names exactly the candidates on the ballot, each once. */
    public static void checkCandidates(List<ProtocolBody.VoteLine> votes, Set<UUID> onBallot) {
        Set<UUID> named = new HashSet<>();
        for (ProtocolBody.VoteLine line : votes) {
            if (!named.add(line.candidateId())) {
                throw ProblemException.rule("PROTOCOL_CANDIDATES", "R-P5", "candidate " + line.candidateId() + " is named twice");
            }
        }
        if (!named.equals(onBallot)) {
            throw ProblemException.rule("PROTOCOL_CANDIDATES", "R-P5",
                    "votes must name exactly the " + onBallot.size() + " candidates on the ballot");
        }
    }

    /** Every broken control relation of a ballot with an against-all line (R-P1..R-P5). */
    public static List<ProblemException.Violation> violations(ProtocolBody p) {
        return violations(p, true);
    }

    /**
     * Every broken control relation, one violation each, its field the rule id (R-P1..R-P5). On a ballot without an
     * against-all line (voting days before R-B2's date) no ballot can be counted against all: {@code againstAll} is 0.
     */
    public static List<ProblemException.Violation> violations(ProtocolBody p, boolean againstAllLine) {
        List<ProblemException.Violation> broken = new ArrayList<>();
        BigDecimal sumVotes = p.votes().stream().map(ProtocolBody.VoteLine::votes).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (p.ballotsIssued().add(p.ballotsCancelled()).compareTo(p.ballotsReceived()) != 0) {
            broken.add(new ProblemException.Violation("R-P1", "ballotsIssued + ballotsCancelled must equal ballotsReceived"));
        }
        if (p.ballotsIssued().compareTo(p.votersOnList()) > 0) {
            broken.add(new ProblemException.Violation("R-P2", "ballotsIssued must not exceed votersOnList"));
        }
        if (p.ballotsInBox().compareTo(p.ballotsIssued()) > 0) {
            broken.add(new ProblemException.Violation("R-P3", "ballotsInBox must not exceed ballotsIssued"));
        }
        if (p.ballotsInBox().compareTo(p.invalidBallots().add(p.againstAll()).add(sumVotes)) != 0) {
            broken.add(new ProblemException.Violation("R-P4", "ballotsInBox must equal invalidBallots + againstAll + the sum of votes"));
        }
        List<BigDecimal> figures = new ArrayList<>(List.of(p.votersOnList(), p.ballotsReceived(), p.ballotsIssued(),
                p.ballotsCancelled(), p.ballotsInBox(), p.invalidBallots(), p.againstAll()));
        p.votes().forEach(v -> figures.add(v.votes()));
        if (figures.stream().anyMatch(f -> f.signum() < 0 || f.stripTrailingZeros().scale() > 0
                || f.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
            broken.add(new ProblemException.Violation("R-P5", "every figure is a whole number >= 0"));
        }
        if (!againstAllLine && p.againstAll().signum() != 0) {
            broken.add(new ProblemException.Violation("R-P5", "againstAll must be 0: this ballot has no against-all line"));
        }
        return broken;
    }

    /** Throws PROTOCOL_INCONSISTENT with every broken relation (a ballot with an against-all line). */
    public static void checkConsistent(ProtocolBody p) {
        checkConsistent(p, true);
    }

    /** Throws PROTOCOL_INCONSISTENT with every broken relation. */
    public static void checkConsistent(ProtocolBody p, boolean againstAllLine) {
        List<ProblemException.Violation> broken = violations(p, againstAllLine);
        if (!broken.isEmpty()) {
            throw new ProblemException(422, "PROTOCOL_INCONSISTENT", "the protocol breaks "
                    + String.join(", ", broken.stream().map(ProblemException.Violation::field).toList()), broken);
        }
    }
}
