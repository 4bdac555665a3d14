package kz.saylau.results.result;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An election result as api.md shows it (vote fields null before the polls close: the embargo of R-V3). */
public record ElectionResult(UUID electionId, String unitCode, String unitName, String districtCode, String regionCode,
        LocalDate votingDay, String status, int precinctsTotal, int precinctsReporting, long votersOnList,
        Long ballotsIssued, Long ballotsCast, Double turnoutPct, Long invalidBallots, Long againstAll,
        List<Candidate> candidates, Person leader, Person winner, String failureReason, boolean rehearsal, long sequence) {

    public record Candidate(UUID candidateId, String displayName, String affiliation, String nominatedBy, Long votes,
            Double sharePct, Long paper, Long electronic) {
    }

    public record Person(UUID candidateId, String displayName, long votes) {
    }
}
