package kz.saylau.ballot.precinct;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** api.md {@code POST /api/precincts/{code}/closure}: why the precinct closes (the commission's decision). */
public record ClosureRequest(@NotBlank @Size(max = 500) String reason) {
}
