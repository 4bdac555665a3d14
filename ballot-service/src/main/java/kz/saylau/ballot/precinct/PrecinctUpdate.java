package kz.saylau.ballot.precinct;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import kz.saylau.platform.web.Name;
import kz.saylau.platform.web.Names;

/**
 * api.md {@code PATCH /api/precincts/{code}}: any of the three; what is absent stays. The name and address (a
 * precinct that moved to another school) change at any time; the voters on the list only until the polls open.
 */
public record PrecinctUpdate(@Min(0) @Max(1_000_000) Integer votersOnList, @Size(min = 1, max = 200) @Name String name,
        @Size(max = 300) @Name String address) {

    public PrecinctUpdate {
        name = Names.nfc(name);
        address = Names.nfc(address);
    }

    @AssertTrue(message = "at least one of votersOnList, name, address")
    @com.fasterxml.jackson.annotation.JsonIgnore
    @org.eclipse.microprofile.openapi.annotations.media.Schema(hidden = true)
    public boolean isAnything() {
        return votersOnList != null || name != null || address != null;
    }
}
