package kz.saylau.gateway.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RateLimitRulesTest {

    private static final Instant NOW = Instant.parse("2027-02-14T10:00:00Z");

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndNeverZero() {
        assertEquals(1, RateLimitRules.retryAfterSeconds(0));
        assertEquals(1, RateLimitRules.retryAfterSeconds(1));
        assertEquals(1, RateLimitRules.retryAfterSeconds(1_000_000_000L));
        assertEquals(2, RateLimitRules.retryAfterSeconds(1_000_000_001L));
        assertEquals(60, RateLimitRules.retryAfterSeconds(Duration.ofSeconds(59).plusMillis(500).toNanos()));
    }

    @Test
    void theLockoutComesWithTheFailureThatReachesTheLimitAndStartsTheCountAgain() {
        Duration lockout = Duration.ofMinutes(15);
        var third = RateLimitRules.afterFailure(2, 4, lockout, NOW);
        assertEquals(3, third.consecutive());
        assertNull(third.lockedUntil());
        var fourth = RateLimitRules.afterFailure(3, 4, lockout, NOW);
        assertEquals(0, fourth.consecutive());
        assertEquals(NOW.plus(lockout), fourth.lockedUntil());
    }

    @Test
    void aLockedAccountWaitsUntilTheLockEnds() {
        assertEquals(0, RateLimitRules.lockedForSeconds(null, NOW));
        assertEquals(0, RateLimitRules.lockedForSeconds(NOW, NOW));
        assertEquals(0, RateLimitRules.lockedForSeconds(NOW.minusSeconds(5), NOW));
        assertEquals(90, RateLimitRules.lockedForSeconds(NOW.plusSeconds(90), NOW));
        assertEquals(1, RateLimitRules.lockedForSeconds(NOW.plusMillis(10), NOW));
    }
}
