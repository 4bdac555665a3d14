package kz.saylau.candidate.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.saylau.platform.web.Name;
import kz.saylau.platform.web.Names;

/** api.md {@code POST /api/parties}. */
public record PartyRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "1 to 32 of A-Z a-z 0-9 _ -") String code,
        @NotBlank @Size(max = 200) @Name String name) {

    public PartyRequest {
        name = Names.nfc(name);
    }
}
