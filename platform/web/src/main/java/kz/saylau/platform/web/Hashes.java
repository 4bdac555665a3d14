package kz.saylau.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256 in lowercase hex: trackers, photos, token hashes, idempotency request hashes; and HMAC-SHA-256 under a
 * secret: person keys, voter hashes, rehearsal trustees' polynomials.
 */
public final class Hashes {

    private Hashes() {
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HMAC-SHA-256 of {@code data} under the secret {@code key} (its UTF-8 bytes). */
    public static byte[] hmacSha256(String key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same in lowercase hex, of an ASCII text (an IIN). */
    public static String hmacSha256Hex(String key, String ascii) {
        return HexFormat.of().formatHex(hmacSha256(key, ascii.getBytes(StandardCharsets.US_ASCII)));
    }
}
