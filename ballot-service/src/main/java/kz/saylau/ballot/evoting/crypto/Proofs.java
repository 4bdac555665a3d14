package kz.saylau.ballot.evoting.crypto;

import java.math.BigInteger;

/**
 * The zero-knowledge proofs, textbook Chaum-Pedersen and Schnorr made non-interactive with {@link Group#challenge}
 * (the compact form of ElectionGuard 2.0: only challenges and responses are kept; the commitments are recomputed by
 * the verifier and must hash to the challenge). Every challenge starts with the election's context, so a proof made
 * for one election or ballot does not verify in another.
 */
public final class Proofs {

    private Proofs() {
    }

    /** Disjunctive (Cramer-Damgard-Schoenmakers): the ciphertext holds 0 or 1, without saying which. */
    public record ZeroOrOne(BigInteger c0, BigInteger c1, BigInteger v0, BigInteger v1) {
    }

    /** Chaum-Pedersen: the ciphertext holds the constant {@code L} (a ballot's selections add up to one). */
    public record Constant(BigInteger c, BigInteger v) {
    }

    /** Schnorr: the owner of {@code g^a} knows {@code a} (a trustee's coefficient commitments). */
    public record Knowledge(BigInteger c, BigInteger v) {
    }

    /** Chaum-Pedersen: {@code M = A^s} for the same {@code s} as the trustee's public {@code g^s}. */
    public record Decryption(BigInteger c, BigInteger v) {
    }

    public static ZeroOrOne zeroOrOne(String context, BigInteger key, Ciphertext ct, int m, BigInteger r) {
        if (m != 0 && m != 1) {
            throw new IllegalArgumentException("a selection is 0 or 1");
        }
        BigInteger u = Group.randomExponent();
        BigInteger fakeC = Group.randomExponent();
        BigInteger fakeV = Group.randomExponent();
        int fake = 1 - m;
        // the real branch commits honestly; the other is simulated from a chosen challenge and response
        BigInteger[] a = new BigInteger[2];
        BigInteger[] b = new BigInteger[2];
        a[m] = Group.gPow(u);
        b[m] = Group.pow(key, u);
        a[fake] = Group.mul(Group.gPow(fakeV), Group.powNegative(ct.alpha(), fakeC));
        b[fake] = Group.mul(Group.pow(key, fakeV), Group.powNegative(shifted(ct.beta(), fake), fakeC));
        BigInteger c = Group.challenge(context, key, ct.alpha(), ct.beta(), a[0], b[0], a[1], b[1]);
        BigInteger realC = c.subtract(fakeC).mod(Group.Q);
        BigInteger realV = u.add(realC.multiply(r)).mod(Group.Q);
        return m == 0 ? new ZeroOrOne(realC, fakeC, realV, fakeV) : new ZeroOrOne(fakeC, realC, fakeV, realV);
    }

    public static boolean verify(String context, BigInteger key, Ciphertext ct, ZeroOrOne p) {
        if (p == null || !Group.isExponent(p.c0()) || !Group.isExponent(p.c1()) || !Group.isExponent(p.v0())
                || !Group.isExponent(p.v1())) {
            return false;
        }
        BigInteger a0 = Group.mul(Group.gPow(p.v0()), Group.powNegative(ct.alpha(), p.c0()));
        BigInteger b0 = Group.mul(Group.pow(key, p.v0()), Group.powNegative(ct.beta(), p.c0()));
        BigInteger a1 = Group.mul(Group.gPow(p.v1()), Group.powNegative(ct.alpha(), p.c1()));
        BigInteger b1 = Group.mul(Group.pow(key, p.v1()), Group.powNegative(shifted(ct.beta(), 1), p.c1()));
        BigInteger c = Group.challenge(context, key, ct.alpha(), ct.beta(), a0, b0, a1, b1);
        return c.equals(p.c0().add(p.c1()).mod(Group.Q));
    }

    public static Constant constant(String context, BigInteger key, Ciphertext ct, long constant, BigInteger r) {
        BigInteger u = Group.randomExponent();
        BigInteger a = Group.gPow(u);
        BigInteger b = Group.pow(key, u);
        BigInteger c = Group.challenge(context, key, ct.alpha(), ct.beta(), constant, a, b);
        return new Constant(c, u.add(c.multiply(r)).mod(Group.Q));
    }

    public static boolean verify(String context, BigInteger key, Ciphertext ct, long constant, Constant p) {
        if (p == null || !Group.isExponent(p.c()) || !Group.isExponent(p.v())) {
            return false;
        }
        BigInteger a = Group.mul(Group.gPow(p.v()), Group.powNegative(ct.alpha(), p.c()));
        BigInteger b = Group.mul(Group.pow(key, p.v()), Group.powNegative(shifted(ct.beta(), constant), p.c()));
        return p.c().equals(Group.challenge(context, key, ct.alpha(), ct.beta(), constant, a, b));
    }

    public static Knowledge knowledge(String context, BigInteger secret, BigInteger commitment) {
        BigInteger u = Group.randomExponent();
        BigInteger h = Group.gPow(u);
        BigInteger c = Group.challenge(context, commitment, h);
        return new Knowledge(c, u.add(c.multiply(secret)).mod(Group.Q));
    }

    public static boolean verify(String context, BigInteger commitment, Knowledge p) {
        if (p == null || !Group.isExponent(p.c()) || !Group.isExponent(p.v())) {
            return false;
        }
        BigInteger h = Group.mul(Group.gPow(p.v()), Group.powNegative(commitment, p.c()));
        return p.c().equals(Group.challenge(context, commitment, h));
    }

    public static Decryption decryption(String context, BigInteger secret, BigInteger publicShare, Ciphertext ct,
            BigInteger share) {
        BigInteger u = Group.randomExponent();
        BigInteger a = Group.gPow(u);
        BigInteger b = Group.pow(ct.alpha(), u);
        BigInteger c = Group.challenge(context, publicShare, ct.alpha(), ct.beta(), share, a, b);
        return new Decryption(c, u.add(c.multiply(secret)).mod(Group.Q));
    }

    public static boolean verify(String context, BigInteger publicShare, Ciphertext ct, BigInteger share, Decryption p) {
        if (p == null || !Group.isExponent(p.c()) || !Group.isExponent(p.v()) || !Group.isMember(share)) {
            return false;
        }
        BigInteger a = Group.mul(Group.gPow(p.v()), Group.powNegative(publicShare, p.c()));
        BigInteger b = Group.mul(Group.pow(ct.alpha(), p.v()), Group.powNegative(share, p.c()));
        return p.c().equals(Group.challenge(context, publicShare, ct.alpha(), ct.beta(), share, a, b));
    }

    /** {@code beta / g^m}: what is left of beta once the plaintext {@code m} is taken out. */
    private static BigInteger shifted(BigInteger beta, long m) {
        return m == 0 ? beta : Group.mul(beta, Group.powNegative(Group.G, BigInteger.valueOf(m)));
    }
}
