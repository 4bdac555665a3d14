package kz.saylau.gateway.routing;

import kz.saylau.platform.web.Causes;

import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.util.TypeLiteral;
import kz.saylau.gateway.platform.GatewayConfig;

/**
 * The guard around one service's calls (SmallRye Fault Tolerance): a call that gets no answer within
 * {@code answer-timeout} fails, and when too many of the recent calls failed the breaker opens, so clients get 503
 * at once for a few seconds instead of each waiting on a service that is down or drowning.
 */
final class ServiceBreaker {

    private static final Logger LOG = Logger.getLogger(ServiceBreaker.class);

    private final TypedGuard<CompletionStage<io.vertx.httpproxy.ProxyResponse>> guard;

    ServiceBreaker(ServiceRoutes.Service service, GatewayConfig.Services settings) {
        this.guard = TypedGuard.create(new TypeLiteral<CompletionStage<io.vertx.httpproxy.ProxyResponse>>() {
        })
                .withDescription("calls to " + service.name().toLowerCase() + "-service")
                .withThreadOffload(false)
                .withTimeout().duration(settings.answerTimeout().toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker()
                .name("gateway-" + service.name().toLowerCase())
                .requestVolumeThreshold(settings.breaker().window())
                .failureRatio(settings.breaker().failureRatio())
                .delay(settings.breaker().pause().toMillis(), ChronoUnit.MILLIS)
                // a client that hung up is no fault of the service (a refresh storm's clients come and go)
                .skipOn(ClientGone.class)
                .onStateChange(state -> LOG.warnf("%s-service circuit breaker %s", service.name().toLowerCase(), state))
                .done()
                .build();
    }

    /**
     * The call through the guard, its outcome back on the caller's Vert.x context. A call that failed because its
     * client went away ({@code clientGone} true by then) fails with {@link ClientGone}, which the breaker does not
     * count.
     */
    Future<io.vertx.httpproxy.ProxyResponse> call(Supplier<Future<io.vertx.httpproxy.ProxyResponse>> send,
            java.util.function.BooleanSupplier clientGone) {
        Context context = Vertx.currentContext();
        CompletionStage<io.vertx.httpproxy.ProxyResponse> guarded = guard.get(() -> send.get()
                .recover(failure -> Future.failedFuture(clientGone.getAsBoolean() ? new ClientGone(failure) : failure))
                .toCompletionStage());
        return context == null ? Future.fromCompletionStage(guarded) : Future.fromCompletionStage(guarded, context);
    }

    /** A call that failed because the client hung up before its answer (the proxied request was reset with it). */
    static final class ClientGone extends RuntimeException {
        ClientGone(Throwable cause) {
            super("the client hung up", cause, false, false);
        }
    }

    static boolean isClientGone(Throwable failure) {
        return causedBy(failure, ClientGone.class);
    }

    /** True when the call was not tried because the breaker is open. */
    static boolean isPause(Throwable failure) {
        return causedBy(failure, org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException.class);
    }

    /** The guard hands failures back wrapped (CompletionException and the like): look along the causes. */
    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        return Causes.first(failure, kind).isPresent();
    }
}
