package kz.saylau.ballot.evoting.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The group every electronic ballot is encrypted in: ElectionGuard 1.0's standard baseline parameters (spec
 * "Baseline Parameters"), a 4096-bit prime {@code p}, the 256-bit prime {@code q = 2^256 - 189} dividing
 * {@code p - 1}, and {@code g = 2^r mod p} generating the subgroup of order {@code q}. Standard parameters, so an
 * observer's verifier need not check how they were made; {@code GroupTest} checks the transcription. Arithmetic is
 * the JDK's {@link BigInteger#modPow} (constant-time enough for a server that holds no decryption key).
 */
public final class Group {

    public static final BigInteger P = hex("""
            FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF 93C467E3 7DB0C7A4 D1BE3F81 0152CB56
            A1CECC3A F65CC019 0C03DF34 709AFFBD 8E4B59FA 03A9F0EE D0649CCB 621057D1 1056AE91 32135A08 E43B4673 D74BAFEA
            58DEB878 CC86D733 DBE7BF38 154B36CF 8A96D156 7899AAAE 0C09D4C8 B6B7B86F D2A1EA1D E62FF864 3EC7C271 82797722
            5E6AC2F0 BD61C746 961542A3 CE3BEA5D B54FE70E 63E6D09F 8FC28658 E80567A4 7CFDE60E E741E5D8 5A7BD469 31CED822
            03655949 64B83989 6FCAABCC C9B31959 C083F22A D3EE591C 32FAB2C7 448F2A05 7DB2DB49 EE52E018 2741E538 65F004CC
            8E704B7C 5C40BF30 4C4D8C4F 13EDF604 7C555302 D2238D8C E11DF242 4F1B66C2 C5D238D0 744DB679 AF289048 7031F9C0
            AEA1C4BB 6FE9554E E528FDF1 B05E5B25 6223B2F0 9215F371 9F9C7CCC 69DDF172 D0D62342 17FCC003 7F18B93E F5389130
            B7A661E5 C26E5421 4068BBCA FEA32A67 818BD307 5AD1F5C7 E9CC3D17 37FB2817 1BAF84DB B6612B78 81C1A48E 439CD03A
            92BF5222 5A2B38E6 542E9F72 2BCE15A3 81B5753E A8427633 81CCAE83 512B3051 1B32E5E8 D8036214 9AD030AA BA5F3A57
            98BB22AA 7EC1B6D0 F17903F4 E234EA60 34AA8597 3F79A93F FB82A75C 47C03D43 D2F9CA02 D03199BA CEDDD453 34DBC6B5
            FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF""");

    public static final BigInteger Q = BigInteger.TWO.pow(256).subtract(BigInteger.valueOf(189));

    /** The cofactor {@code (p - 1) / q}. */
    public static final BigInteger R = P.subtract(BigInteger.ONE).divide(Q);

    public static final BigInteger G = BigInteger.TWO.modPow(R, P);

    private static final SecureRandom RANDOM = new SecureRandom();

    private Group() {
    }

    public static BigInteger pow(BigInteger base, BigInteger exponent) {
        return base.modPow(exponent, P);
    }

    public static BigInteger gPow(BigInteger exponent) {
        return G.modPow(exponent, P);
    }

    public static BigInteger mul(BigInteger a, BigInteger b) {
        return a.multiply(b).mod(P);
    }

    /** {@code x^-e} for a member of the subgroup: {@code x^(q - e)}, no inversion mod p needed. */
    public static BigInteger powNegative(BigInteger base, BigInteger exponent) {
        return base.modPow(Q.subtract(exponent.mod(Q)).mod(Q), P);
    }

    /** A member of the order-q subgroup (what every ciphertext, key and commitment must be; checked on input). */
    public static boolean isMember(BigInteger x) {
        return x != null && x.signum() > 0 && x.compareTo(P) < 0 && x.modPow(Q, P).equals(BigInteger.ONE);
    }

    /** An exponent: {@code 0 <= x < q}. */
    public static boolean isExponent(BigInteger x) {
        return x != null && x.signum() >= 0 && x.compareTo(Q) < 0;
    }

    /** A uniformly random exponent (64 spare bits make the bias of the reduction negligible). */
    public static BigInteger randomExponent() {
        return new BigInteger(Q.bitLength() + 64, RANDOM).mod(Q);
    }

    /**
     * The Fiat-Shamir challenge: SHA-256 of the parts joined by {@code |} (numbers in lower-case hex, no leading
     * zeros), reduced mod q. {@code tools/verify_ebox.py} computes the same.
     */
    public static BigInteger challenge(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                text.append('|');
            }
            text.append(parts[i] instanceof BigInteger n ? n.toString(16) : String.valueOf(parts[i]));
        }
        return new BigInteger(1, sha256(text.toString())).mod(Q);
    }

    /** SHA-256 of a text's UTF-8 bytes (this package uses the JDK alone, so that bench/ runs on its classes). */
    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigInteger hex(String text) {
        return new BigInteger(text.replaceAll("\\s", ""), 16);
    }
}
