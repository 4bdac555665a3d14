package kz.saylau.candidate.election;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** api.md {@code POST /api/elections/{id}/cancellation}. */
public record CancellationRequest(@NotBlank @Size(max = 500) String reason) {
}
