package kz.saylau.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When the gateway, a shared cache in the sense of RFC 9111, may keep a service's answer and answer from that copy.
 * Only what the service allows: a 200 to a GET without credentials, whose {@code Cache-Control} gives it a freshness
 * lifetime and says neither {@code private}, {@code no-store} nor {@code no-cache}; a copy is served only while its age
 * is below that lifetime, never after (R-X5: results say {@code max-age=2}).
 */
final class CacheRules {

    private CacheRules() {
    }

    /**
     * Whether a GET may be answered from a copy: not when it carries credentials (a shared cache never stores or
     * serves those, RFC 9111 §3.5), nor when the client asks for the service's own answer ({@code no-cache},
     * {@code no-store}, {@code max-age=0}, or {@code Pragma: no-cache} without {@code Cache-Control}).
     */
    static boolean mayUseCopy(String authorization, String cacheControl, String pragma) {
        if (authorization != null) {
            return false;
        }
        if (cacheControl == null) {
            return pragma == null || !pragma.toLowerCase(Locale.ROOT).contains("no-cache");
        }
        for (String directive : cacheControl.split(",")) {
            String d = directive.trim().toLowerCase(Locale.ROOT);
            if (d.equals("no-cache") || d.equals("no-store") || d.equals("max-age=0")) {
                return false;
            }
        }
        return true;
    }

    /**
     * How long, in milliseconds, a shared cache may serve this answer, counted from when the call was sent; 0 when it
     * may not keep it at all. {@code s-maxage} comes before {@code max-age} (it is the shared caches' own); the age
     * the answer already had on arrival ({@code Age}) is taken off. Answers that vary on everything ({@code Vary: *}),
     * set a cookie, or have no declared length or a longer one than {@code largest} are not kept.
     */
    static long lifetimeMillis(int status, String cacheControl, String vary, boolean setsCookie, String age,
            String contentLength, long largest) {
        if (status != 200 || cacheControl == null || setsCookie || contentLength == null) {
            return 0;
        }
        if (vary != null && varyNames(vary).contains("*")) {
            return 0;
        }
        long length = number(contentLength.trim());
        if (length < 0 || length > largest) {
            return 0;
        }
        long maxAge = -1;
        long sharedMaxAge = -1;
        for (String directive : cacheControl.split(",")) {
            String d = directive.trim().toLowerCase(Locale.ROOT);
            if (d.equals("no-store") || d.equals("no-cache") || d.startsWith("no-cache=") || d.equals("private")
                    || d.startsWith("private=")) {
                return 0;
            }
            if (d.startsWith("max-age=")) {
                maxAge = number(d.substring(8));
            } else if (d.startsWith("s-maxage=")) {
                sharedMaxAge = number(d.substring(9));
            }
        }
        long lifetime = sharedMaxAge >= 0 ? sharedMaxAge : maxAge;
        if (lifetime <= 0) {
            return 0;
        }
        long already = age == null ? 0 : Math.max(0, number(age.trim()));
        return Math.max(0, lifetime - already) * 1000;
    }

    /**
     * The {@code Age} to send with a copy: whole seconds rounded up, so that a cache down the line, which adds its own
     * time to it, never holds the answer past the service's {@code max-age} either.
     */
    static long ageSeconds(long ageMillis) {
        return ageMillis <= 0 ? 0 : (ageMillis + 999) / 1000;
    }

    /** Whether {@code If-None-Match} names this entity tag (weak comparison, as RFC 9110 §13.1.2 wants for it). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        String tag = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || opaque(c).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** The request headers an answer varies on, lower-cased, in their order. */
    static List<String> varyNames(String vary) {
        List<String> names = new ArrayList<>();
        if (vary != null) {
            for (String name : vary.split(",")) {
                String n = name.trim().toLowerCase(Locale.ROOT);
                if (!n.isEmpty() && !names.contains(n)) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    private static String opaque(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    /** A delta-seconds or length value; -1 when it is not a plain non-negative number. */
    private static long number(String value) {
        if (value.isEmpty() || value.length() > 18) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return -1;
            }
        }
        return Long.parseLong(value);
    }
}
