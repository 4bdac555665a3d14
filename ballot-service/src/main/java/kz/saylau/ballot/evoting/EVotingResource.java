package kz.saylau.ballot.evoting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import kz.saylau.platform.web.Problems;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.saylau.platform.web.Caller;

/** Electronic ballots: check-in tokens, votes, receipts (api.md "ballot-service", R-V2). */
@Path("/api/elections/{electionId}")
@Produces(MediaType.APPLICATION_JSON)
public class EVotingResource {

    @Inject
    EVotingService evoting;

    @Inject
    Caller caller;

    /** No Idempotency-Key here: a retried check-in must never hand out a second live token (ALREADY_VOTED). */
    @Problems({ "422 OUTSIDE_POLLING_HOURS", "422 IIN_INVALID", "409 ALREADY_VOTED" })
    @POST
    @Path("/precincts/{code}/ballot-tokens")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ "cec", "precinct" })
    @APIResponse(responseCode = "201", description = "the ballot token, to hand to the voter once", content = @Content(mediaType = "application/json", schema = @Schema(implementation = EVotingService.Token.class)))
    public Response issue(@PathParam("electionId") UUID electionId, @PathParam("code") String code,
            @Valid @NotNull Checkin checkin) {
        return Response.status(201).entity(evoting.issue(electionId, code, checkin.iin(), caller)).build();
    }

    /** Anyone holding a token votes; no account, so nothing ties the vote to who sent it. */
    @Problems({ "422 TOKEN_UNKNOWN", "422 TOKEN_EXPIRED", "422 UNKNOWN_OPTION", "409 TOKEN_USED" })
    @POST
    @Path("/votes")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @PermitAll
    @APIResponse(responseCode = "201", description = "the vote is cast; the receipt finds it on the public board", content = @Content(mediaType = "application/json", schema = @Schema(implementation = EVotingService.Recorded.class)))
    public Response vote(@PathParam("electionId") UUID electionId, @Valid @NotNull VoteRequest request) {
        return Response.status(201).entity(evoting.vote(electionId, request)).build();
    }
}
