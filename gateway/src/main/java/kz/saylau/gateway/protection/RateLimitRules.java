package kz.saylau.gateway.protection;

import java.time.Duration;
import java.time.Instant;

/** The pure rules of the limits: how long a refused client waits, and when repeated failed logins lock an account. */
public final class RateLimitRules {

    private RateLimitRules() {
    }

    /** {@code Retry-After} in whole seconds, rounded up and never 0: a client told 0 would retry at once. */
    public static long retryAfterSeconds(long nanosToWait) {
        long seconds = (nanosToWait + 999_999_999L) / 1_000_000_000L;
        return Math.max(1, seconds);
    }

    /** The account's failed-login state after one more failure. */
    public record LoginFailures(int consecutive, Instant lockedUntil) {
    }

    /**
     * One more failed login: after {@code lockoutAfter} failures in a row the account is locked for {@code lockoutFor}
     * and the count starts again, so a guesser gets {@code lockoutAfter} tries per lockout period at most.
     */
    public static LoginFailures afterFailure(int consecutiveBefore, int lockoutAfter, Duration lockoutFor, Instant now) {
        int consecutive = consecutiveBefore + 1;
        if (consecutive >= lockoutAfter) {
            return new LoginFailures(0, now.plus(lockoutFor));
        }
        return new LoginFailures(consecutive, null);
    }

    /** Seconds an account stays locked from {@code now}, or 0 when it is not. */
    public static long lockedForSeconds(Instant lockedUntil, Instant now) {
        if (lockedUntil == null || !lockedUntil.isAfter(now)) {
            return 0;
        }
        return retryAfterSeconds(Duration.between(now, lockedUntil).toNanos());
    }
}
