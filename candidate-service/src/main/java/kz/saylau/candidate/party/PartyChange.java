package kz.saylau.candidate.party;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kz.saylau.platform.web.Name;
import kz.saylau.platform.web.Names;

/**
 * api.md {@code PATCH /api/parties/{code}}: a new name, a suspension or its lifting (at least one), with the reason
 * (the Ministry of Justice's re-registration, a court's suspension).
 */
public record PartyChange(@Size(min = 1, max = 200) @Name String name, Boolean suspended,
        @NotBlank @Size(max = 500) String reason) {

    public PartyChange {
        name = Names.nfc(name);
    }

    @AssertTrue(message = "at least one of name, suspended")
    @com.fasterxml.jackson.annotation.JsonIgnore
    @org.eclipse.microprofile.openapi.annotations.media.Schema(hidden = true)
    public boolean isAnything() {
        return name != null || suspended != null;
    }
}
