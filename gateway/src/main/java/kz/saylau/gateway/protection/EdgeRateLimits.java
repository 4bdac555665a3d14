package kz.saylau.gateway.protection;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kz.saylau.gateway.account.DisabledAccounts;
import kz.saylau.platform.web.Problem;

/**
 * The limits every {@code /api} call meets at the public entry, before any service sees it: a call without a valid
 * token spends from its client address's bucket, a write with a valid token from its account's bucket; a token of a
 * disabled account is refused (401) though its signature is still good. Refusals are 429 {@code RATE_LIMITED} with
 * {@code Retry-After}. The token is verified here only to know whose bucket to use; each service still verifies it.
 */
@ApplicationScoped
public class EdgeRateLimits {

    /** The route-context key under which the verified caller is left for later handlers (the audit trail). */
    public static final String CALLER = "saylau.caller";

    /** A token this instance verified: who it names, with which roles and scope, and until when. */
    public record Verified(String account, String roles, String scope, Instant expires) {
    }

    private final Cache<String, Verified> verified = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    private final RateLimits limits;
    private final JWTParser parser;
    private final DisabledAccounts disabled;

    EdgeRateLimits(RateLimits limits, JWTParser parser, DisabledAccounts disabled) {
        this.limits = limits;
        this.parser = parser;
        this.disabled = disabled;
    }

    void routes(@Observes Router router) {
        router.routeWithRegex("^/api/.*").order(-175).handler(this::limit);
    }

    private void limit(RoutingContext rc) {
        String address = address(rc.request());
        String token = bearer(rc.request().getHeader("Authorization"));
        Verified caller = token == null ? null : verified.getIfPresent(token);
        if (caller == null) {
            // unverified tokens pay from the address's bucket too, which also bounds the signature checks made here
            OptionalLong wait = limits.anonymousCall(address);
            if (wait.isPresent()) {
                refuse(rc, wait.getAsLong(), "too many calls from your address; sign in, or slow down");
                return;
            }
            if (token != null) {
                // verifying a token seen for the first time may fetch the provider's keys (JWKS over HTTP): never on
                // the event loop. The request waits paused, so no byte of its body is read before a handler wants it.
                rc.request().pause();
                rc.vertx().executeBlocking(() -> verify(token), false).onComplete(done -> {
                    if (done.failed()) {
                        rc.fail(done.cause());
                    } else {
                        proceed(rc, done.result());
                    }
                });
                return;
            }
        }
        proceed(rc, caller);
    }

    private void proceed(RoutingContext rc, Verified caller) {
        if (caller != null && caller.expires().isAfter(Instant.now())) {
            rc.put(CALLER, caller);
            if (disabled.contains(caller.account())) {
                rc.response().setStatusCode(401).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(Problem.json(401, "Unauthorized", "UNAUTHENTICATED", "this account is disabled"));
                return;
            }
            if (isWrite(rc.request().method())) {
                // the account's bucket is in the database, shared by every gateway: never on the event loop, and
                // the request waits paused meanwhile (as for a first verification)
                rc.request().pause();
                rc.vertx().executeBlocking(() -> limits.write(caller.account()), false).onComplete(done -> {
                    if (done.failed()) {
                        rc.fail(done.cause());
                    } else if (done.result().isPresent()) {
                        refuse(rc, done.result().getAsLong(), "too many writes by this account; slow down");
                    } else {
                        rc.next();
                    }
                });
                return;
            }
        }
        rc.next();
    }

    private Verified verify(String token) {
        try {
            JsonWebToken jwt = parser.parse(token);
            StringBuilder scope = new StringBuilder();
            for (String claim : java.util.List.of("region", "district", "precinct", "party")) {
                Object value = jwt.getClaim(claim);
                if (value != null) {
                    String text = value instanceof jakarta.json.JsonString js ? js.getString() : value.toString();
                    scope.append(scope.length() > 0 ? "," : "").append(claim).append('=').append(text);
                }
            }
            String roles = jwt.getGroups() == null ? "" : String.join(",", new java.util.TreeSet<>(jwt.getGroups()));
            Verified v = new Verified(jwt.getName(), roles, scope.toString(), Instant.ofEpochSecond(jwt.getExpirationTime()));
            verified.put(token, v);
            return v;
        } catch (ParseException e) {
            return null; // the service answers 401 for it; here it was an anonymous call
        }
    }

    static void refuse(RoutingContext rc, long retryAfterSeconds, String detail) {
        rc.response().setStatusCode(429).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", Long.toString(retryAfterSeconds))
                .end(Problem.json(429, "Too Many Requests", "RATE_LIMITED", detail));
    }

    /** The client's address (the forwarded one behind a proxy, when SAYLAU_BEHIND_PROXY is set): whose buckets. */
    public static String address(io.vertx.core.http.HttpServerRequest request) {
        var remote = request.remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }

    private static String bearer(String authorization) {
        if (authorization == null || authorization.length() < 8 || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    private static boolean isWrite(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                || method == HttpMethod.DELETE;
    }
}
