package kz.saylau.candidate.territory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** api.md {@code POST /api/units/{code}/closure}: why the unit closes (merged, abolished), with the decision. */
public record UnitClosure(@NotBlank @Size(max = 500) String reason) {
}
