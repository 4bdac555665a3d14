package kz.saylau.gateway.protection;

import java.time.Duration;
import java.util.OptionalLong;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.enterprise.context.ApplicationScoped;
import kz.saylau.gateway.platform.GatewayConfig;

/**
 * Token buckets (Bucket4j) for the limits of api.md, on real time (never the election clock).
 *
 * <ul>
 * <li>Failed logins per username and per client address, and authenticated writes per account, are buckets in the
 * gateway database ({@code rate_limit_bucket}, Bucket4j's PostgreSQL proxy manager). Every gateway instance behind
 * the load balancer spends from the same bucket, so a client cannot multiply its limit by spreading its calls
 * (issue 18). Each use is one short transaction of its own, on the {@code limits} datasource.</li>
 * <li>Anonymous calls per address stay in each instance's memory, bounded and forgotten after an hour of quiet; each
 * instance lets an address make its share of the limit ({@code saylau.limits.gateways}). A database round trip on
 * every public read would cost more than the limit it enforces, and the balancer spreads an address's calls evenly.</li>
 * </ul>
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class);

    private final Cache<String, Bucket> anonymousByAddress = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterAccess(Duration.ofHours(1)).build();
    private final GatewayConfig.Limits limits;
    private final PostgreSQLSelectForUpdateBasedProxyManager<Long> shared;
    private final BucketConfiguration writes;
    private final BucketConfiguration loginsByUsername;
    private final BucketConfiguration loginsByAddress;

    RateLimits(GatewayConfig config, @io.quarkus.agroal.DataSource("limits") AgroalDataSource database) {
        this.limits = config.limits();
        this.shared = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(database).table("rate_limit_bucket")
                .idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                // a bucket that has refilled is as good as none: its row may go
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.writes = perSecond(limits.writesPerSecond());
        this.loginsByUsername = failedLogins(limits.login().failuresPerUsername());
        this.loginsByAddress = failedLogins(limits.login().failuresPerAddress());
    }

    /** Seconds to wait before another anonymous call from {@code address}, or empty when this one may go. */
    public OptionalLong anonymousCall(String address) {
        long perSecond = Math.max(1, limits.anonymousPerSecond() / Math.max(1, limits.gateways()));
        ConsumptionProbe probe = anonymousByAddress.get(address, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perSecond * 2).refillGreedy(perSecond, Duration.ofSeconds(1))).build())
                .tryConsumeAndReturnRemaining(1);
        return waitOf(probe);
    }

    /** Seconds to wait before another write by {@code account}, or empty when this one may go (a blocking call). */
    public OptionalLong write(String account) {
        return waitOf(shared.getProxy(key("write", account), () -> writes).tryConsumeAndReturnRemaining(1));
    }

    /** Seconds before a login for {@code username} from {@code address} may be tried again, or empty when it may be now. */
    public OptionalLong loginWait(String username, String address) {
        long wait = Math.max(waitFor(key("login-user", normalized(username)), loginsByUsername),
                waitFor(key("login-address", address), loginsByAddress));
        return wait == 0 ? OptionalLong.empty() : OptionalLong.of(RateLimitRules.retryAfterSeconds(wait));
    }

    /** A failed login spends a token of the username's bucket and of the address's bucket. */
    public void loginFailed(String username, String address) {
        shared.getProxy(key("login-user", normalized(username)), () -> loginsByUsername).tryConsume(1);
        shared.getProxy(key("login-address", address), () -> loginsByAddress).tryConsume(1);
    }

    /** Every ten minutes, off the event loop (the gateway has no scheduler of its own). */
    void start(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start, io.vertx.core.Vertx vertx) {
        vertx.setPeriodic(Duration.ofMinutes(10).toMillis(), t -> vertx.executeBlocking(() -> {
            forgetRefilled();
            return null;
        }, false));
    }

    /** Buckets nobody used since they refilled: their rows go, a thousand at a time. */
    void forgetRefilled() {
        try {
            int removed;
            do {
                removed = shared.removeExpired(1000);
            } while (removed == 1000);
        } catch (RuntimeException e) {
            LOG.warn("removing refilled rate-limit buckets failed; it runs again", e);
        }
    }

    /** {@code n} failed logins per period, refilled evenly over it. */
    private BucketConfiguration failedLogins(long n) {
        return BucketConfiguration.builder().addLimit(limit -> limit.capacity(n).refillGreedy(n, limits.login().period())).build();
    }

    /** A steady rate with a burst of two seconds' worth. */
    private static BucketConfiguration perSecond(long rate) {
        return BucketConfiguration.builder().addLimit(limit -> limit.capacity(rate * 2).refillGreedy(rate, Duration.ofSeconds(1)))
                .build();
    }

    private long waitFor(long key, BucketConfiguration configuration) {
        var estimate = shared.getProxy(key, () -> configuration).estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? 0 : estimate.getNanosToWaitForRefill();
    }

    private static OptionalLong waitOf(ConsumptionProbe probe) {
        return probe.isConsumed() ? OptionalLong.empty()
                : OptionalLong.of(RateLimitRules.retryAfterSeconds(probe.getNanosToWaitForRefill()));
    }

    /** A bucket's row key: the first 8 bytes of SHA-256 over its kind and name (names are usernames and addresses). */
    static long key(String kind, String name) {
        return Long.parseUnsignedLong(kz.saylau.platform.web.Hashes.sha256(kind + "\n" + name).substring(0, 16), 16);
    }

    private static String normalized(String username) {
        return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
    }
}
