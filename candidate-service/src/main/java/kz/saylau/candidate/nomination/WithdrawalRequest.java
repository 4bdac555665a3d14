package kz.saylau.candidate.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** api.md {@code POST /api/candidates/{id}/withdrawal} (R-N8). */
public record WithdrawalRequest(@NotBlank @Size(max = 500) String reason) {
}
