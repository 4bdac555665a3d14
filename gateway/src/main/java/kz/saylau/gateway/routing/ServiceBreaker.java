package kz.saylau.gateway.routing;

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
                .onStateChange(state -> LOG.warnf("%s-service circuit breaker %s", service.name().toLowerCase(), state))
                .done()
                .build();
    }

    /** The call through the guard, its outcome back on the caller's Vert.x context. */
    Future<io.vertx.httpproxy.ProxyResponse> call(Supplier<Future<io.vertx.httpproxy.ProxyResponse>> send) {
        Context context = Vertx.currentContext();
        CompletionStage<io.vertx.httpproxy.ProxyResponse> guarded = guard.get(() -> send.get().toCompletionStage());
        return context == null ? Future.fromCompletionStage(guarded) : Future.fromCompletionStage(guarded, context);
    }

    /** True when the call was not tried because the breaker is open. */
    static boolean isPause(Throwable failure) {
        Throwable t = failure;
        while (t != null) {
            if (t instanceof org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException) {
                return true;
            }
            t = t.getCause();
        }
        return false;
    }
}
