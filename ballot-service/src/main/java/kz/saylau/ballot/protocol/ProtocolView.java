package kz.saylau.ballot.protocol;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** A protocol version as the API shows it and as {@code saylau.protocol.accepted.v1} carries it. */
public record ProtocolView(UUID protocolId, UUID electionId, String precinctCode, int version, String status,
        long votersOnList, long ballotsReceived, long ballotsIssued, long ballotsCancelled, long ballotsInBox,
        long invalidBallots, long againstAll, List<Trackers.Vote> votes, @Schema(nullable = true) String imageSha256, @Schema(nullable = true) String reason,
        @Schema(nullable = true) String decisionRef, String tracker, @Schema(nullable = true) String previousTracker, String acceptedAt, @Schema(nullable = true) String deviceSignature) {

    public static final String TOPIC = "saylau.tallies";
    public static final String TYPE = "saylau.protocol.accepted.v1";

    /** The answer to a submission or correction (api.md). */
    public record Accepted(UUID protocolId, int version, String status, String tracker) {
    }

    /** One line of the public trackers list (R-X1). */
    public record TrackerLine(String precinctCode, int version, String tracker, @Schema(nullable = true) String previousTracker, String acceptedAt) {
    }
}
