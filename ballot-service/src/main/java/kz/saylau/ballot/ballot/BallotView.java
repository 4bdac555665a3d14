package kz.saylau.ballot.ballot;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** api.md {@code GET /api/elections/{id}/ballot}; also the payload of {@code saylau.ballot.published.v1}. */
public record BallotView(UUID electionId, int version, List<Option> options) {

    public static final String TOPIC = "saylau.ballots";
    public static final String TYPE = "saylau.ballot.published.v1";

    public record Option(UUID optionId, int position, String kind, @Schema(nullable = true) UUID candidateId, String displayName,
            @Schema(nullable = true) String displayNameRu, @Schema(nullable = true) String affiliation,
            @Schema(nullable = true) String nominatedBy) {
    }
}
