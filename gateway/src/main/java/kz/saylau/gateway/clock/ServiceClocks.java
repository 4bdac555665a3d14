package kz.saylau.gateway.clock;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.faulttolerance.Retry;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import kz.saylau.gateway.platform.GatewayConfig;
import kz.saylau.platform.web.Causes;
import kz.saylau.platform.web.ProblemException;

/**
 * The services' clocks through the Quarkus REST Client: one client per service, a connect timeout, an answer
 * timeout of {@code saylau.services.clock-timeout} (deadline work may take a while), and a second and third try when
 * a service could not be reached at all. Every answer, an error included, is the service's and is relayed as it is.
 */
@ApplicationScoped
public class ServiceClocks {

    @Inject
    GatewayConfig config;

    private final Map<URI, ServiceClock> clients = new ConcurrentHashMap<>();

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    public Response read(URI service, String authorization) {
        return answer(service, () -> client(service).read(authorization == null ? "" : authorization));
    }

    /** Moving a clock to the same instant again changes nothing, so a try that did not reach the service is safe. */
    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    public Response move(URI service, String body, String authorization) {
        return answer(service, () -> client(service).move(body == null ? "" : body, authorization == null ? "" : authorization));
    }

    private Response answer(URI service, java.util.function.Supplier<Response> call) {
        try {
            Response answer = call.get();
            answer.bufferEntity();
            return answer;
        } catch (ProcessingException e) {
            if (Causes.any(e, t -> t.getClass().getSimpleName().contains("Timeout"))) {
                throw unavailable(service); // reached, but no answer in time: not tried again
            }
            throw e; // not reached: tried again (@Retry)
        }
    }

    private ServiceClock client(URI service) {
        return clients.computeIfAbsent(service, uri -> QuarkusRestClientBuilder.newBuilder().baseUri(uri)
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(config.services().clockTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // the service's own answers (403, 422 CLOCK_BACKWARDS, ...) are relayed, not turned into exceptions
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(ServiceClock.class));
    }

    static ProblemException unavailable(URI service) {
        return new ProblemException(503, "UNAVAILABLE", "a service did not answer the clock change: " + service);
    }
}
