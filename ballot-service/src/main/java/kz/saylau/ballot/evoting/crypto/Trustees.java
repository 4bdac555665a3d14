package kz.saylau.ballot.evoting.crypto;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The election key held by {@code n} trustees, any {@code k} of whom decrypt (Shamir sharing with Feldman's
 * commitments, as ElectionGuard's key ceremony). Trustee {@code i} picks a polynomial {@code P_i} of degree
 * {@code k - 1} and publishes {@code K_ij = g^a_ij} with a Schnorr proof for each coefficient; it hands
 * {@code P_i(l)} to trustee {@code l}, who checks it against the commitments. The election key is
 * {@code K = prod_i K_i0}; trustee {@code l}'s secret is {@code s_l = sum_i P_i(l)}, and anyone computes its public
 * {@code g^s_l} from the commitments. Seats are numbered from 1. The server only ever sees public values.
 */
public final class Trustees {

    private Trustees() {
    }

    /** What a trustee publishes in the key ceremony. */
    public record TrusteeKey(int seat,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "hex, one per coefficient") List<BigInteger> commitments,
            List<Proofs.Knowledge> proofs) {
    }

    /** What a trustee posts after the count: {@code M = A^s_l} of a tally ciphertext, with its proof. */
    public record PartialDecryption(BigInteger share, Proofs.Decryption proof) {
    }

    public static String context(UUID electionId) {
        return "saylau-trustee-v1|" + electionId;
    }

    /** A trustee's own polynomial; lives on the trustee's device (or, in rehearsals, is derived by the system). */
    public static final class Polynomial {
        public final int seat;
        private final List<BigInteger> coefficients;

        public Polynomial(int seat, List<BigInteger> coefficients) {
            this.seat = seat;
            this.coefficients = List.copyOf(coefficients);
        }

        public static Polynomial random(int seat, int threshold) {
            List<BigInteger> a = new ArrayList<>();
            for (int j = 0; j < threshold; j++) {
                a.add(Group.randomExponent());
            }
            return new Polynomial(seat, a);
        }

        public TrusteeKey publicKey(UUID electionId) {
            List<BigInteger> commitments = new ArrayList<>();
            List<Proofs.Knowledge> proofs = new ArrayList<>();
            for (BigInteger a : coefficients) {
                BigInteger k = Group.gPow(a);
                commitments.add(k);
                proofs.add(Proofs.knowledge(context(electionId), a, k));
            }
            return new TrusteeKey(seat, commitments, proofs);
        }

        /** {@code P(l) mod q}: the share this trustee hands to the trustee of seat {@code l}. */
        public BigInteger shareFor(int l) {
            BigInteger x = BigInteger.valueOf(l);
            BigInteger value = BigInteger.ZERO;
            for (int j = coefficients.size() - 1; j >= 0; j--) {
                value = value.multiply(x).add(coefficients.get(j)).mod(Group.Q);
            }
            return value;
        }
    }

    /** Trustee {@code l}'s secret: the sum of the shares every trustee handed it. */
    public static BigInteger secretShare(Collection<Polynomial> all, int l) {
        BigInteger s = BigInteger.ZERO;
        for (Polynomial p : all) {
            s = s.add(p.shareFor(l));
        }
        return s.mod(Group.Q);
    }

    /** Why a published trustee key is unusable, or empty: k commitments, each in the group, each proof valid. */
    public static Optional<String> problem(UUID electionId, TrusteeKey key, int threshold) {
        if (key.commitments() == null || key.proofs() == null || key.commitments().size() != threshold
                || key.proofs().size() != threshold) {
            return Optional.of("a trustee publishes " + threshold + " commitments, each with its proof");
        }
        for (int j = 0; j < threshold; j++) {
            BigInteger k = key.commitments().get(j);
            if (!Group.isMember(k)) {
                return Optional.of("commitment " + j + " is not in the election's group");
            }
            if (!Proofs.verify(context(electionId), k, key.proofs().get(j))) {
                return Optional.of("the proof of commitment " + j + " does not verify");
            }
        }
        return Optional.empty();
    }

    /** Feldman's check a trustee makes of a share handed to it: {@code g^share = prod_j K_ij^(l^j)}. */
    public static boolean shareMatches(TrusteeKey from, int l, BigInteger share) {
        return Group.gPow(share).equals(commitmentAt(from, l));
    }

    public static BigInteger jointKey(Collection<TrusteeKey> keys) {
        BigInteger k = BigInteger.ONE;
        for (TrusteeKey key : keys) {
            k = Group.mul(k, key.commitments().get(0));
        }
        return k;
    }

    /** {@code g^s_l}, computed from the published commitments alone. */
    public static BigInteger publicShare(Collection<TrusteeKey> keys, int l) {
        BigInteger value = BigInteger.ONE;
        for (TrusteeKey key : keys) {
            value = Group.mul(value, commitmentAt(key, l));
        }
        return value;
    }

    public static PartialDecryption decrypt(UUID electionId, BigInteger secretShare, Ciphertext ct) {
        BigInteger share = Group.pow(ct.alpha(), secretShare);
        return new PartialDecryption(share,
                Proofs.decryption(context(electionId), secretShare, Group.gPow(secretShare), ct, share));
    }

    public static boolean verify(UUID electionId, BigInteger publicShare, Ciphertext ct, PartialDecryption d) {
        return d != null && Proofs.verify(context(electionId), publicShare, ct, d.share(), d.proof());
    }

    /**
     * The plaintext of {@code ct} from the partial decryptions of exactly {@code threshold} seats: Lagrange's
     * interpolation in the exponent gives {@code A^s}, then {@code g^t = B / A^s}, and {@code t} is found by counting
     * up to {@code max} (a box of at most {@code max} ballots). Empty when no {@code t <= max} matches: what fewer
     * than {@code threshold} seats, or a wrong share, give.
     */
    public static OptionalLong combine(Ciphertext ct, Map<Integer, BigInteger> sharesBySeat, long max) {
        BigInteger combined = BigInteger.ONE;
        for (var entry : sharesBySeat.entrySet()) {
            combined = Group.mul(combined, Group.pow(entry.getValue(), lagrange(entry.getKey(), sharesBySeat.keySet())));
        }
        BigInteger target = Group.mul(ct.beta(), Group.powNegative(combined, BigInteger.ONE));
        BigInteger power = BigInteger.ONE;
        for (long t = 0; t <= max; t++) {
            if (power.equals(target)) {
                return OptionalLong.of(t);
            }
            power = Group.mul(power, Group.G);
        }
        return OptionalLong.empty();
    }

    /** {@code w_l = prod_{j != l} j / (j - l) mod q}. */
    static BigInteger lagrange(int l, Collection<Integer> seats) {
        BigInteger num = BigInteger.ONE;
        BigInteger den = BigInteger.ONE;
        for (int j : seats) {
            if (j != l) {
                num = num.multiply(BigInteger.valueOf(j)).mod(Group.Q);
                den = den.multiply(BigInteger.valueOf(j - l)).mod(Group.Q);
            }
        }
        return num.multiply(den.modInverse(Group.Q)).mod(Group.Q);
    }

    private static BigInteger commitmentAt(TrusteeKey key, int l) {
        BigInteger value = BigInteger.ONE;
        BigInteger power = BigInteger.ONE;
        BigInteger x = BigInteger.valueOf(l);
        for (BigInteger k : key.commitments()) {
            value = Group.mul(value, Group.pow(k, power));
            power = power.multiply(x).mod(Group.Q);
        }
        return value;
    }
}
