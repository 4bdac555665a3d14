package kz.saylau.ballot.station;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 device keys and signatures of station submissions (pure; JDK 17 has Ed25519 built in). A station signs the
 * exact bytes of the body it sends; the signature travels base64-encoded in {@code Saylau-Signature}.
 */
public final class DeviceKeyRules {

    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410) before the 32 key bytes. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private DeviceKeyRules() {
    }

    /**
     * The key from its base64 text: either the 32 raw bytes a station's crypto chip gives, or the X.509
     * SubjectPublicKeyInfo (44 bytes) that Java and OpenSSL export. Anything else is not an Ed25519 public key.
     */
    public static PublicKey decode(String base64) {
        byte[] bytes = base64Bytes(base64);
        if (bytes == null) {
            throw new IllegalArgumentException("not base64");
        }
        byte[] der;
        if (bytes.length == 32) {
            der = new byte[X509_PREFIX.length + 32];
            System.arraycopy(X509_PREFIX, 0, der, 0, X509_PREFIX.length);
            System.arraycopy(bytes, 0, der, X509_PREFIX.length, 32);
        } else if (bytes.length == 44 && java.util.Arrays.equals(bytes, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            der = bytes;
        } else {
            throw new IllegalArgumentException("an Ed25519 public key is 32 raw bytes or a 44-byte X.509 SubjectPublicKeyInfo");
        }
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
    }

    /** True only when {@code signatureBase64} is a valid Ed25519 signature of exactly {@code body} by {@code key}. */
    public static boolean verifies(PublicKey key, byte[] body, String signatureBase64) {
        byte[] signature = base64Bytes(signatureBase64);
        if (signature == null || signature.length != 64) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(body);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** SHA-256 of the X.509 form, hex: what a commission compares with the device's label. */
    public static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Standard or URL-safe base64, padded or not; null when it is neither. */
    static byte[] base64Bytes(String text) {
        if (text == null || text.isBlank() || text.length() > 512) {
            return null;
        }
        String t = text.trim();
        try {
            return t.indexOf('-') >= 0 || t.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(t) : Base64.getDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
