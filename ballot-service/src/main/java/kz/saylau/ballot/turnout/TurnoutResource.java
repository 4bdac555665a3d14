package kz.saylau.ballot.turnout;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import kz.saylau.platform.web.Problems;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import com.fasterxml.jackson.core.JsonProcessingException;

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

    @Problems({ "401 SIGNATURE_INVALID", "422 OUTSIDE_POLLING_HOURS", "422 TURNOUT_DECREASED", "422 TURNOUT_EXCEEDS_LIST" })
    @POST
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ "cec", "precinct" })
    @Idempotent
    @APIResponse(responseCode = "201", description = "the turnout report, accepted", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TurnoutReported.class)))
    public Response report(@PathParam("electionId") UUID electionId, @PathParam("code") String code,
            @HeaderParam(DeviceSignatures.HEADER) String signature,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TurnoutRequest.class))) byte[] raw)
            throws JsonProcessingException {
        var report = signatures.read(code, raw, signature, TurnoutRequest.class);
        return Response.status(201).entity(turnout.report(electionId, code, report.body(), report.signature(), caller))
                .build();
    }
}
