package kz.saylau.ballot.evoting.crypto;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One voter's ballot as the box keeps it: a ciphertext per option of the ballot, in the ballot's order, each with a
 * proof that it holds 0 or 1, and a proof that together they hold exactly 1. Nothing else: no option is named in
 * clear, so the row says nothing about the choice to whoever reads it.
 */
public record EncryptedBallot(List<Selection> selections, Proofs.Constant sumProof) {

    public record Selection(UUID optionId, Ciphertext ciphertext, Proofs.ZeroOrOne proof) {
    }

    /** The context of a ballot's proofs: the election, so a ballot of one election never verifies in another. */
    public static String context(UUID electionId) {
        return "saylau-ebox-v1|" + electionId;
    }

    /** Encrypts a vote for {@code chosen} among {@code options} (the ballot's order) under the election key. */
    public static EncryptedBallot encrypt(UUID electionId, BigInteger key, List<UUID> options, UUID chosen) {
        if (!options.contains(chosen)) {
            throw new IllegalArgumentException("the choice is not on the ballot");
        }
        String context = context(electionId);
        List<Selection> selections = new ArrayList<>(options.size());
        BigInteger rSum = BigInteger.ZERO;
        for (UUID option : options) {
            int m = option.equals(chosen) ? 1 : 0;
            BigInteger r = Group.randomExponent();
            rSum = rSum.add(r);
            Ciphertext ct = Ciphertext.encrypt(m, r, key);
            selections.add(new Selection(option, ct, Proofs.zeroOrOne(context, key, ct, m, r)));
        }
        Ciphertext sum = Ciphertext.product(selections.stream().map(Selection::ciphertext).toList());
        return new EncryptedBallot(selections, Proofs.constant(context, key, sum, 1, rSum.mod(Group.Q)));
    }

    /**
     * Why the ballot is not one the box may take, or empty when it is: exactly the ballot's options in its order,
     * every ciphertext in the group, every selection 0 or 1, one selection in all.
     */
    public Optional<String> problem(UUID electionId, BigInteger key, List<UUID> options) {
        if (selections == null || selections.size() != options.size()) {
            return Optional.of("the ballot has " + (selections == null ? 0 : selections.size()) + " ciphertexts, the ballot "
                    + options.size() + " options");
        }
        String context = context(electionId);
        for (int i = 0; i < options.size(); i++) {
            Selection s = selections.get(i);
            if (s == null || !options.get(i).equals(s.optionId())) {
                return Optional.of("ciphertext " + (i + 1) + " is not for option " + (i + 1) + " of the ballot");
            }
            if (s.ciphertext() == null || !s.ciphertext().wellFormed()) {
                return Optional.of("the ciphertext of option " + s.optionId() + " is not in the election's group");
            }
            if (!Proofs.verify(context, key, s.ciphertext(), s.proof())) {
                return Optional.of("the proof that option " + s.optionId() + " holds 0 or 1 does not verify");
            }
        }
        Ciphertext sum = Ciphertext.product(selections.stream().map(Selection::ciphertext).toList());
        if (!Proofs.verify(context, key, sum, 1, sumProof)) {
            return Optional.of("the proof that the ballot holds exactly one choice does not verify");
        }
        return Optional.empty();
    }

    /**
     * The tracker: SHA-256 of the ciphertexts (hex, in the ballot's order), base64url. The voter's receipt; it
     * finds the ballot on the precinct's public board, and it is the same for anyone who recomputes it.
     */
    public String tracker(UUID electionId) {
        StringBuilder text = new StringBuilder(context(electionId));
        for (Selection s : selections) {
            text.append('|').append(s.optionId()).append('|').append(s.ciphertext().alpha().toString(16))
                    .append('|').append(s.ciphertext().beta().toString(16));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Group.sha256(text.toString()));
    }
}
