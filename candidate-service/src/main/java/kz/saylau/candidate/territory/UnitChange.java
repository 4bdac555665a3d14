package kz.saylau.candidate.territory;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.saylau.platform.web.Name;
import kz.saylau.platform.web.Names;

/** api.md {@code PATCH /api/units/{code}}: a new name, Russian name or parent (at least one), with the reason. */
public record UnitChange(@Size(min = 1, max = 200) @Name String name, @Size(min = 1, max = 200) @Name String nameRu,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "1 to 32 of A-Z a-z 0-9 _ -") String parentCode,
        @NotBlank @Size(max = 500) String reason) {

    public UnitChange {
        name = Names.nfc(name);
        nameRu = Names.nfc(nameRu);
    }

    @AssertTrue(message = "at least one of name, nameRu, parentCode")
    @com.fasterxml.jackson.annotation.JsonIgnore
    @org.eclipse.microprofile.openapi.annotations.media.Schema(hidden = true)
    public boolean isAnything() {
        return name != null || nameRu != null || parentCode != null;
    }
}
