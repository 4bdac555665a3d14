package kz.saylau.gateway.clock;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import kz.saylau.platform.web.Problems;

import java.net.URI;
import java.util.List;

import kz.saylau.gateway.routing.ServiceInstances;
import kz.saylau.gateway.routing.ServiceRoutes.Service;
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
import kz.saylau.platform.web.ServiceSettings;
import kz.saylau.platform.web.ProblemException;

/**
 * The simulation clock (domain.md R-C4): sets every service's clock, in order, and answers once each has it and
 * has done the deadline work it made due. The services check the caller's token and the forward-only rule.
 */
@Path("/api/admin/clock")
@Produces(MediaType.APPLICATION_JSON)
public class AdminClockResource {

    /** What the clock calls answer, as each service's own clock call answers it (for the documents). */
    public record Clock(java.time.OffsetDateTime now) {
    }


    @Inject
    GatewayConfig config;

    @Inject
    ServiceSettings service;

    @Inject
    ServiceClocks clocks;

    @Inject
    ServiceInstances instances;

    @GET
    @RolesAllowed("**")
    @APIResponse(responseCode = "200", description = "the election clock", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AdminClockResource.Clock.class)))
    public Response read(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        requireSimulation();
        return relay(readFrom(instances.pick(Service.CANDIDATE), authorization));
    }

    @Problems({ "422 CLOCK_BACKWARDS" })
    @PUT
    @RolesAllowed("cec")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @APIResponse(responseCode = "200", description = "the election clock, moved in every service", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AdminClockResource.Clock.class)))
    public Response move(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        requireSimulation();
        Response last = null;
        // candidate-service first: its deadline work (fallback window, registration close) feeds the others' events.
        // Every instance of a service is moved, so that none answers with the old time until it would have followed
        // the database (ElectionClock, within a second); one that cannot be reached reads it when it starts.
        for (Service service : List.of(Service.CANDIDATE, Service.BALLOT, Service.RESULTS)) {
            Response moved = null;
            RuntimeException unreachable = null;
            for (URI instance : instances.all(service)) {
                try {
                    Response answer = moveOn(instance, body, authorization);
                    if (answer.getStatus() != 200) {
                        return relay(answer);
                    }
                    if (moved != null) {
                        moved.close();
                    }
                    moved = answer;
                } catch (ProblemException e) {
                    unreachable = e;
                }
            }
            if (moved == null) {
                throw unreachable;
            }
            if (last != null) {
                last.close();
            }
            last = moved;
        }
        return relay(last);
    }

    private void requireSimulation() {
        if (!service.simulation()) {
            throw ProblemException.notFound("the simulation clock (simulation mode is off)");
        }
    }

    private Response readFrom(URI service, String authorization) {
        try {
            return clocks.read(service, authorization);
        } catch (jakarta.ws.rs.ProcessingException e) {
            throw ServiceClocks.unavailable(service);
        }
    }

    private Response moveOn(URI service, String body, String authorization) {
        try {
            return clocks.move(service, body, authorization);
        } catch (jakarta.ws.rs.ProcessingException e) {
            throw ServiceClocks.unavailable(service);
        }
    }

    /** The service's answer as it is: status, type and body. */
    private static Response relay(Response answer) {
        return Response.status(answer.getStatus())
                .type(answer.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : answer.getMediaType())
                .entity(answer.readEntity(String.class)).build();
    }
}
