package kz.saylau.ballot.precinct;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.saylau.platform.web.Name;
import kz.saylau.platform.web.Names;

/** api.md {@code POST /api/precincts}. */
public record PrecinctRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "1 to 32 of A-Z a-z 0-9 _ -") String code,
        @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "1 to 32 of A-Z a-z 0-9 _ -") String unitCode,
        @NotBlank @Size(max = 200) @Name String name,
        @Size(max = 300) @Name String address,
        @NotNull @Min(0) @Max(1_000_000) Integer votersOnList) {

    public PrecinctRequest {
        name = Names.nfc(name);
        address = Names.nfc(address);
    }
}
