package kz.saylau.candidate.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** api.md {@code POST /api/candidates/{id}/deregistration}: a court decision and its reference (R-N8). */
public record DeregistrationRequest(@NotBlank @Size(max = 500) String reason, @NotBlank @Size(max = 200) String decisionRef) {
}
