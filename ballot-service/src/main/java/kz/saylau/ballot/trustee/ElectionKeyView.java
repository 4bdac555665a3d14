package kz.saylau.ballot.trustee;

import java.math.BigInteger;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.saylau.ballot.evoting.crypto.Proofs;

/**
 * api.md {@code GET /api/elections/{id}/election-key}: everything a client needs to encrypt on its own device and a
 * verifier needs to check the box (the group, the contexts of the proofs, each trustee's commitments and public
 * share). Trustees are shown by seat; who sits in each is the commission's record, not this answer's.
 */
public record ElectionKeyView(UUID electionId, Group group, int threshold, int seats, boolean systemHeld,
        @Schema(nullable = true) BigInteger jointKey, String ballotContext, String trusteeContext, List<Seat> trustees) {

    public record Group(BigInteger p, BigInteger q, BigInteger g) {
    }

    /** A seat that has not published yet has no commitments, proofs nor public share. */
    public record Seat(int seat, boolean published, @Schema(nullable = true, type = SchemaType.ARRAY, implementation = String.class) List<BigInteger> commitments,
            @Schema(nullable = true) List<Proofs.Knowledge> proofs, @Schema(nullable = true) BigInteger publicShare) {
    }
}
