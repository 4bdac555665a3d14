package kz.saylau.candidate.nomination;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.saylau.platform.web.Name;
import kz.saylau.platform.web.Names;

/**
 * api.md "A nomination". The IIN is only required here: its format is rule R-I1 (422 IIN_INVALID), not a 400.
 */
public record NominationRequest(
        @NotNull @Size(max = 32) String iin,
        @NotBlank @Size(max = 100) @Name String lastName,
        @NotBlank @Size(max = 100) @Name String firstName,
        @Size(max = 100) @Name String patronymic,
        @Size(min = 1, max = 320) @Name String nameRu,
        @NotNull LocalDate birthDate,
        @NotNull Gender gender,
        @NotNull NominatedBy nominatedBy,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "1 to 32 of A-Z a-z 0-9 _ -") String partyCode,
        @Min(0) Integer signatures,
        @Size(max = 200) @Name String workplace) {

    public NominationRequest {
        lastName = Names.nfc(lastName);
        firstName = Names.nfc(firstName);
        patronymic = Names.nfc(patronymic);
        nameRu = Names.nfc(nameRu);
        workplace = Names.nfc(workplace);
    }

    @Override
    public String toString() {
        return "NominationRequest[" + nominatedBy + ", " + partyCode + "]"; // never the IIN in logs (R-I2)
    }
}
