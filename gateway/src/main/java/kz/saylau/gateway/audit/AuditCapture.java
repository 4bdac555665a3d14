package kz.saylau.gateway.audit;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every state-changing call through the public entry goes into the audit trail: who (from the verified token), method
 * and path, when, the status. Never the body (it may hold an IIN or a voter's choice). An acknowledged write has its
 * line committed before the answer leaves (issue 20 #18: a kill -9 just after the answer must not lose it): the proxy
 * writes it when the service's answer arrives, and the filter below does for the gateway's own calls
 * ({@link PendingAudit}, which also leaves out the rate limits' 429s).
 */
@ApplicationScoped
public class AuditCapture {

    @Inject
    CurrentVertxRequest current;

    void routes(@Observes Router router, AuditTrail trail) {
        router.routeWithRegex("^/api/.*").order(-190).handler(rc -> {
            HttpMethod method = rc.request().method();
            // logins and refreshes are recorded by the account service, with the account they were for
            boolean login = rc.request().path().equals("/api/auth/token") || rc.request().path().equals("/api/auth/refresh");
            if (!login && (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                    || method == HttpMethod.DELETE)) {
                PendingAudit pending = new PendingAudit(rc, trail);
                rc.put(PendingAudit.KEY, pending);
                // what the edge answered by itself (401, 413, 404, 429)
                rc.addEndHandler(done -> pending.writeAfterAnswer(rc.response().getStatusCode()));
            }
            rc.next();
        });
    }

    /** The gateway's own state-changing calls (accounts, the clock): their line is committed before the answer. */
    @ServerResponseFilter
    public Uni<Void> beforeTheAnswer(ContainerResponseContext response) {
        RoutingContext rc = current.getCurrent();
        PendingAudit pending = rc == null ? null : rc.get(PendingAudit.KEY);
        if (pending == null) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().completionStage(pending.writeBeforeAnswer(response.getStatus()).toCompletionStage())
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
