package kz.saylau.ballot.turnout;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** api.md {@code POST /api/elections/{electionId}/precincts/{code}/turnout}. */
public record TurnoutRequest(@NotNull OffsetDateTime asOf, @NotNull @Min(0) @Max(1_000_000) Integer ballotsIssued) {
}
