package kz.saylau.candidate.election;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** api.md {@code POST /api/elections}. */
public record ElectionRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "1 to 32 of A-Z a-z 0-9 _ -") String unitCode,
        @NotNull ElectionKind kind,
        @NotNull LocalDate votingDay) {
}
