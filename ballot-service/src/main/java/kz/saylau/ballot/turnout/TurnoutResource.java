package kz.saylau.ballot.turnout;

import kz.saylau.platform.web.Problems;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.idempotency.Idempotent;
import kz.saylau.platform.web.JsonBodies;
import kz.saylau.ballot.station.DeviceSignatures;

/** Turnout reports of a polling station (api.md "ballot-service", R-V1). */
@Path("/api/elections/{electionId}/precincts/{code}/turnout")
@Produces(MediaType.APPLICATION_JSON)
public class TurnoutResource {

    @Inject
    TurnoutService turnout;

    @Inject
    Caller caller;

    @Inject
    DeviceSignatures signatures;

    @Inject
    JsonBodies bodies;

    @Problems({ "401 SIGNATURE_INVALID", "422 OUTSIDE_POLLING_HOURS", "422 TURNOUT_DECREASED", "422 TURNOUT_EXCEEDS_LIST" })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "cec", "precinct" })
    @Idempotent
    public Response report(@PathParam("electionId") UUID electionId, @PathParam("code") String code,
            @HeaderParam(DeviceSignatures.HEADER) String signature,
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, content = @org.eclipse.microprofile.openapi.annotations.media.Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = TurnoutRequest.class))) byte[] raw)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        String kept = signatures.check(code, raw, signature);
        TurnoutRequest request = bodies.read(raw, TurnoutRequest.class);
        return Response.status(201).entity(turnout.report(electionId, code, request, kept, caller)).build();
    }
}
