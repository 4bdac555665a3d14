package kz.saylau.ballot.evoting.crypto;

import java.math.BigInteger;
import java.util.Collection;

/**
 * Exponential ElGamal under the election key {@code K}: {@code m} with randomness {@code r} is
 * {@code (alpha, beta) = (g^r, g^m K^r)}. Multiplying ciphertexts adds their plaintexts, which is how a box is
 * counted without decrypting a ballot.
 */
public record Ciphertext(BigInteger alpha, BigInteger beta) {

    public static final Ciphertext ZERO = new Ciphertext(BigInteger.ONE, BigInteger.ONE);

    public static Ciphertext encrypt(long m, BigInteger r, BigInteger key) {
        return new Ciphertext(Group.gPow(r), Group.mul(Group.gPow(BigInteger.valueOf(m)), Group.pow(key, r)));
    }

    public Ciphertext times(Ciphertext other) {
        return new Ciphertext(Group.mul(alpha, other.alpha), Group.mul(beta, other.beta));
    }

    public static Ciphertext product(Collection<Ciphertext> all) {
        Ciphertext sum = ZERO;
        for (Ciphertext c : all) {
            sum = sum.times(c);
        }
        return sum;
    }

    public boolean wellFormed() {
        return Group.isMember(alpha) && Group.isMember(beta);
    }
}
