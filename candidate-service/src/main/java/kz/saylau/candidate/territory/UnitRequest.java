package kz.saylau.candidate.territory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.saylau.platform.web.Name;
import kz.saylau.platform.web.Names;

/** One unit to create (api.md {@code POST /api/units}). */
public record UnitRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "1 to 32 of A-Z a-z 0-9 _ -") String code,
        @NotBlank @Size(max = 200) @Name String name,
        @Size(min = 1, max = 200) @Name String nameRu,
        @NotNull UnitLevel level,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "1 to 32 of A-Z a-z 0-9 _ -") String parentCode) {

    public UnitRequest {
        name = Names.nfc(name);
        nameRu = Names.nfc(nameRu);
    }
}
