package kz.saylau.ballot.evoting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** api.md {@code POST .../ballot-tokens}: the voter's IIN, checked here and never stored (R-V2, R-I2). */
public record Checkin(@NotNull @Size(max = 32) String iin) {

    @Override
    public String toString() {
        return "Checkin[iin masked]";
    }
}
