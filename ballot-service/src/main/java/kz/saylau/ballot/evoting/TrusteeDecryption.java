package kz.saylau.ballot.evoting;

import java.math.BigInteger;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.saylau.ballot.evoting.crypto.Proofs;

/** api.md {@code PUT /api/elections/{id}/trustees/{seat}/decryption}: one share per tally that needs one. */
public record TrusteeDecryption(@NotNull @Size(max = 20000) List<@NotNull Share> shares) {

    public record Share(@NotNull String precinctCode, @NotNull UUID optionId, @NotNull BigInteger share,
            @NotNull Proofs.Decryption proof) {
    }
}
