package kz.saylau.ballot.trustee;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** api.md {@code PUT /api/elections/{id}/trustees}: who holds the election key, and how many of them decrypt. */
public record TrusteeNaming(@NotNull Integer threshold, @NotNull @Size(min = 1, max = 15) List<@NotNull @Size(min = 1, max = 64) String> trustees) {
}
