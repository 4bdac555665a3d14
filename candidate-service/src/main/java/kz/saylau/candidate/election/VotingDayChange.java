package kz.saylau.candidate.election;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** api.md {@code PATCH /api/elections/{id}}: the CEC moves the voting day (R-C5), with its reason. */
public record VotingDayChange(@NotNull LocalDate votingDay, @NotBlank @Size(max = 500) String reason) {
}
