package kz.saylau.candidate.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** api.md {@code POST /api/candidates/{id}/decision} (R-N7). */
public record DecisionRequest(@NotNull Decision decision, @NotBlank @Size(max = 500) String reason) {

    public enum Decision {
        REGISTER, REFUSE
    }
}
