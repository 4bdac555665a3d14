package kz.saylau.ballot.evoting.crypto;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the tests play, built with the real primitives: a cheating client's ballot, and a trustee's partial
 * decryptions of a board's tallies.
 */
public final class Forged {

    private Forged() {
    }

    /**
     * A ballot whose selection {@code i} holds {@code plaintexts[i]}, each with the proof a client makes that claims
     * {@code claimed[i]}, and the sum proof claiming 1.
     */
    public static EncryptedBallot ballot(UUID election, BigInteger key, List<UUID> options, int[] plaintexts, int[] claimed) {
        String context = EncryptedBallot.context(election);
        List<EncryptedBallot.Selection> selections = new ArrayList<>();
        BigInteger rSum = BigInteger.ZERO;
        for (int i = 0; i < options.size(); i++) {
            BigInteger r = Group.randomExponent();
            rSum = rSum.add(r);
            Ciphertext ct = Ciphertext.encrypt(plaintexts[i], r, key);
            selections.add(new EncryptedBallot.Selection(options.get(i), ct, Proofs.zeroOrOne(context, key, ct, claimed[i], r)));
        }
        Ciphertext sum = Ciphertext.product(selections.stream().map(EncryptedBallot.Selection::ciphertext).toList());
        return new EncryptedBallot(selections, Proofs.constant(context, key, sum, 1, rSum.mod(Group.Q)));
    }

    /** A trustee's shares, as {@code PUT .../decryption} takes them, of every tally of the board still to decrypt. */
    public static List<Map<String, Object>> shares(UUID election, BigInteger secret, JsonNode board) {
        List<Map<String, Object>> shares = new ArrayList<>();
        for (JsonNode p : board.get("precincts")) {
            for (JsonNode t : p.get("tallies")) {
                if (!t.get("votes").isNull()) {
                    continue;
                }
                Ciphertext ct = new Ciphertext(new BigInteger(t.get("alpha").asText(), 16), new BigInteger(t.get("beta").asText(), 16));
                Trustees.PartialDecryption d = Trustees.decrypt(election, secret, ct);
                shares.add(Map.of("precinctCode", p.get("precinctCode").asText(), "optionId", t.get("optionId").asText(),
                        "share", d.share(), "proof", d.proof()));
            }
        }
        return shares;
    }
}
