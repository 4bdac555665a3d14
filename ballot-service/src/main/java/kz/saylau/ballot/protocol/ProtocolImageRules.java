package kz.saylau.ballot.protocol;

/** R-X2: what a protocol photo is, read from its bytes (a client's Content-Type is a claim, not a proof); pure. */
public final class ProtocolImageRules {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    private static final byte[] JPEG_START = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PNG_START = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

    private ProtocolImageRules() {
    }

    /** {@code image/jpeg} or {@code image/png} when the bytes begin as such a file does; null for anything else. */
    public static String typeOf(byte[] bytes) {
        if (startsWith(bytes, JPEG_START)) {
            return JPEG;
        }
        if (startsWith(bytes, PNG_START)) {
            return PNG;
        }
        return null;
    }

    /** The media type of a Content-Type header without its parameters, in lower case; null when there is none. */
    public static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, byte[] start) {
        if (bytes == null || bytes.length < start.length) {
            return false;
        }
        for (int i = 0; i < start.length; i++) {
            if (bytes[i] != start[i]) {
                return false;
            }
        }
        return true;
    }
}
