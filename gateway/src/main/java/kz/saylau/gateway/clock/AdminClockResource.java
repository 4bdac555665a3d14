package kz.saylau.gateway.clock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.saylau.gateway.platform.GatewayConfig;
import kz.saylau.gateway.platform.ProblemException;

/**
 * The simulation clock (domain.md R-C4): sets every service's clock, in order, and answers once each has it and
 * has done the deadline work it made due. The services check the caller's token and the forward-only rule.
 */
@Path("/api/admin/clock")
@Produces(MediaType.APPLICATION_JSON)
public class AdminClockResource {

    @Inject
    GatewayConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();

    @GET
    @RolesAllowed("**")
    public Response read(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        requireSimulation();
        return relay(call(config.services().candidate(), "GET", null, authorization));
    }

    @PUT
    @RolesAllowed("cec")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        requireSimulation();
        HttpResponse<String> last = null;
        // candidate-service first: its deadline work (fallback window, registration close) feeds the others' events
        for (URI service : List.of(config.services().candidate(), config.services().ballot(), config.services().results())) {
            last = call(service, "PUT", body == null ? "" : body, authorization);
            if (last.statusCode() != 200) {
                return relay(last);
            }
        }
        return relay(last);
    }

    private void requireSimulation() {
        if (!config.simulation()) {
            throw ProblemException.notFound("the simulation clock (simulation mode is off)");
        }
    }

    private HttpResponse<String> call(URI service, String method, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.resolve("/internal/clock"))
                .timeout(config.services().clockTimeout())
                .header("Accept", "application/json")
                .header("Authorization", authorization == null ? "" : authorization);
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new ProblemException(503, "UNAVAILABLE", "a service did not answer the clock change: " + service);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(503, "UNAVAILABLE", "interrupted");
        }
    }

    private static Response relay(HttpResponse<String> answer) {
        return Response.status(answer.statusCode())
                .type(answer.headers().firstValue("Content-Type").orElse(MediaType.APPLICATION_JSON))
                .entity(answer.body()).build();
    }
}
