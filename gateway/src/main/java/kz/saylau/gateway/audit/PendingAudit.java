package kz.saylau.gateway.audit;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import kz.saylau.gateway.protection.EdgeRateLimits;
import kz.saylau.platform.web.RequestIds;

/**
 * The audit line of one state-changing call, waiting for its status. Whoever answers the call writes it once: the
 * proxy and the gateway's own resources before the answer leaves ({@link #writeBeforeAnswer}), the edge checks that
 * answer on their own (401, 413, 404) after it ({@link #writeAfterAnswer}). Calls refused by the rate limits (429) are
 * left out: recording a flood would do the flood's work for it.
 */
public final class PendingAudit {

    /** Where the routing context keeps it. */
    public static final String KEY = "saylau.audit";

    private final RoutingContext rc;
    private final AuditTrail trail;
    private final Instant at = Instant.now();
    private final AtomicBoolean written = new AtomicBoolean();

    PendingAudit(RoutingContext rc, AuditTrail trail) {
        this.rc = rc;
        this.trail = trail;
    }

    /** Committed to the trail before the future completes (failed if the database did not take it; then it waits). */
    public Future<Void> writeBeforeAnswer(int status) {
        return takes(status) ? trail.recordDurably(draft(status)) : Future.succeededFuture();
    }

    void writeAfterAnswer(int status) {
        if (takes(status)) {
            trail.record(draft(status));
        }
    }

    /** True once, for the first answer, unless it is a rate-limit refusal. */
    private boolean takes(int status) {
        return written.compareAndSet(false, true) && status != 429;
    }

    private AuditEntry.Draft draft(int status) {
        // the caller is known once the edge has verified the token, which comes after this line was opened
        EdgeRateLimits.Verified caller = rc.get(EdgeRateLimits.CALLER);
        String path = rc.request().path();
        return new AuditEntry.Draft(at, AuditEntry.Kind.HTTP, caller == null ? "anonymous" : caller.account(),
                caller == null ? null : caller.roles(), caller == null ? null : caller.scope(),
                rc.request().method().name() + " " + path, path, Integer.toString(status),
                rc.request().getHeader(RequestIds.HEADER), null);
    }
}
