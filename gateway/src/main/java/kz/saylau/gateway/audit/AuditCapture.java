package kz.saylau.gateway.audit;

import java.time.Instant;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kz.saylau.gateway.protection.EdgeRateLimits;

/**
 * Every state-changing call through the public entry goes into the audit trail once it is answered: who (from the
 * verified token), method and path, when, the status. Never the body (it may hold an IIN or a voter's choice).
 * Calls refused by the rate limits (429) are left out: recording a flood would do the flood's work for it.
 */
@ApplicationScoped
public class AuditCapture {

    void routes(@Observes Router router, AuditTrail trail) {
        router.routeWithRegex("^/api/.*").order(-190).handler(rc -> {
            HttpMethod method = rc.request().method();
            // logins are recorded by the account service, with the name they were tried for
            boolean login = rc.request().path().equals("/api/auth/token");
            if (!login && (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                    || method == HttpMethod.DELETE)) {
                Instant at = Instant.now();
                String path = rc.request().path();
                rc.addEndHandler(done -> {
                    int status = rc.response().getStatusCode();
                    if (status == 429) {
                        return;
                    }
                    EdgeRateLimits.Verified caller = rc.get(EdgeRateLimits.CALLER);
                    trail.record(new AuditEntry.Draft(at, AuditEntry.Kind.HTTP,
                            caller == null ? "anonymous" : caller.account(), caller == null ? null : caller.roles(),
                            caller == null ? null : caller.scope(), method.name() + " " + path, path,
                            Integer.toString(status), rc.request().getHeader(kz.saylau.platform.web.RequestIds.HEADER), null));
                });
            }
            rc.next();
        });
    }
}
