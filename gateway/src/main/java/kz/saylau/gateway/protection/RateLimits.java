package kz.saylau.gateway.protection;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import kz.saylau.gateway.platform.GatewayConfig;

/**
 * Token buckets (Bucket4j) for the limits of api.md: failed logins per username and per client address, anonymous
 * calls per address, authenticated writes per account. Buckets live in this gateway instance's memory, bounded and
 * forgotten after an hour of quiet; several gateway instances each apply the limit (the account lockout, kept in the
 * database, is the one that holds across instances). All on real time, never the election clock.
 */
@ApplicationScoped
public class RateLimits {

    private final Cache<String, Bucket> loginByUsername = buckets();
    private final Cache<String, Bucket> loginByAddress = buckets();
    private final Cache<String, Bucket> anonymousByAddress = buckets();
    private final Cache<String, Bucket> writesByAccount = buckets();
    private final GatewayConfig.Limits limits;

    RateLimits(GatewayConfig config) {
        this.limits = config.limits();
    }

    private static Cache<String, Bucket> buckets() {
        return Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(Duration.ofHours(1)).build();
    }

    /** Seconds to wait before another anonymous call from {@code address}, or empty when this one may go. */
    public OptionalLong anonymousCall(String address) {
        long perSecond = limits.anonymousPerSecond();
        return take(anonymousByAddress, address, key -> perSecond(perSecond));
    }

    /** Seconds to wait before another write by {@code account}, or empty when this one may go. */
    public OptionalLong write(String account) {
        long perSecond = limits.writesPerSecond();
        return take(writesByAccount, account, key -> perSecond(perSecond));
    }

    /** Seconds before a login for {@code username} from {@code address} may be tried again, or empty when it may be now. */
    public OptionalLong loginWait(String username, String address) {
        long wait = Math.max(waitFor(loginByUsername, normalized(username)),
                waitFor(loginByAddress, address));
        return wait == 0 ? OptionalLong.empty() : OptionalLong.of(RateLimitRules.retryAfterSeconds(wait));
    }

    /** A failed login spends a token of the username's bucket and of the address's bucket. */
    public void loginFailed(String username, String address) {
        loginByUsername.get(normalized(username), key -> failedLogins(limits.login().failuresPerUsername())).tryConsume(1);
        loginByAddress.get(address, key -> failedLogins(limits.login().failuresPerAddress())).tryConsume(1);
    }

    /** {@code n} failed logins per period, refilled evenly over it. */
    private Bucket failedLogins(long n) {
        return Bucket.builder().addLimit(limit -> limit.capacity(n).refillGreedy(n, limits.login().period())).build();
    }

    /** A steady rate with a burst of two seconds' worth. */
    private static Bucket perSecond(long rate) {
        return Bucket.builder().addLimit(limit -> limit.capacity(rate * 2).refillGreedy(rate, Duration.ofSeconds(1))).build();
    }

    private static OptionalLong take(Cache<String, Bucket> buckets, String key, Function<String, Bucket> make) {
        ConsumptionProbe probe = buckets.get(key, make).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty()
                : OptionalLong.of(RateLimitRules.retryAfterSeconds(probe.getNanosToWaitForRefill()));
    }

    private static long waitFor(Cache<String, Bucket> buckets, String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            return 0;
        }
        var estimate = bucket.estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? 0 : estimate.getNanosToWaitForRefill();
    }

    private static String normalized(String username) {
        return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
    }
}
