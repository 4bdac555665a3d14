package kz.saylau.ballot.evoting;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.saylau.ballot.evoting.crypto.EncryptedBallot;

/**
 * api.md {@code POST /api/elections/{id}/votes}: the token and either the option (ballot-service encrypts it at once)
 * or the ballot the voter's own device encrypted under the election key, with its proofs.
 */
public record VoteRequest(@NotNull @Size(max = 200) String token, UUID optionId, EncryptedBallot ballot) {

    @Override
    public String toString() {
        return "VoteRequest[token and choice hidden]";
    }
}
