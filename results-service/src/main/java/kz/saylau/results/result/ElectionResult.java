package kz.saylau.results.result;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An election result as api.md shows it (vote fields null before the polls close: the embargo of R-V3). */
public record ElectionResult(UUID electionId, String unitCode, String unitName, String districtCode, String regionCode,
        LocalDate votingDay, String status, String statusLabel, int precinctsTotal, int precinctsReporting, long votersOnList,
        @Schema(nullable = true) Long ballotsIssued, @Schema(nullable = true) Long ballotsCast, @Schema(nullable = true) Double turnoutPct, @Schema(nullable = true) Long invalidBallots, @Schema(nullable = true) Long againstAll,
        List<Candidate> candidates, @Schema(nullable = true) Person leader, @Schema(nullable = true) Person winner, @Schema(nullable = true) String failureReason,
        @Schema(nullable = true) String failureReasonLabel, boolean rehearsal, long sequence) {

    public record Candidate(UUID candidateId, String displayName, String affiliation, String nominatedBy, @Schema(nullable = true) Long votes,
            @Schema(nullable = true) Double sharePct, @Schema(nullable = true) Long paper, @Schema(nullable = true) Long electronic) {
    }

    public record Person(UUID candidateId, String displayName, long votes) {
    }
}
