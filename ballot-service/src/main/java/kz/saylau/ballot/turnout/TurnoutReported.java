package kz.saylau.ballot.turnout;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.UUID;

/** The answer to a turnout report and the payload of {@code saylau.turnout.reported.v1} (turnoutPct: answer only). */
public record TurnoutReported(UUID electionId, String precinctCode, String asOf, int ballotsIssued, @Schema(nullable = true) Double turnoutPct) {

    public static final String TOPIC = "saylau.tallies";
    public static final String TYPE = "saylau.turnout.reported.v1";
}
