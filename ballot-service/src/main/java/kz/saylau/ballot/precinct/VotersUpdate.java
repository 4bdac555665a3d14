package kz.saylau.ballot.precinct;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** api.md {@code PATCH /api/precincts/{code}}. */
public record VotersUpdate(@NotNull @Min(0) @Max(1_000_000) Integer votersOnList) {
}
