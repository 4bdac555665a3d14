package kz.saylau.ballot.protocol;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * api.md "A protocol", and its correction ({@code supersedesVersion, reason, decisionRef} as well). Figures are read
 * as exact decimals so that R-P5 (whole numbers ≥ 0) is a rule the protocol breaks, not a parse error.
 */
public record ProtocolBody(
        @NotNull BigDecimal votersOnList,
        @NotNull BigDecimal ballotsReceived,
        @NotNull BigDecimal ballotsIssued,
        @NotNull BigDecimal ballotsCancelled,
        @NotNull BigDecimal ballotsInBox,
        @NotNull BigDecimal invalidBallots,
        @NotNull BigDecimal againstAll,
        @NotNull @Size(max = 100) List<@Valid @NotNull VoteLine> votes,
        @Pattern(regexp = "[0-9a-f]{64}", message = "lowercase hex SHA-256") String imageSha256,
        Integer supersedesVersion,
        @Size(max = 500) String reason,
        @Size(max = 200) String decisionRef) {

    public record VoteLine(@NotNull UUID candidateId, @NotNull BigDecimal votes) {
    }
}
