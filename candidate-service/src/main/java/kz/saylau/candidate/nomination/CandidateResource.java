package kz.saylau.candidate.nomination;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import kz.saylau.platform.web.Problems;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.idempotency.Idempotent;

/** One candidate and the decisions about them (api.md "candidate-service", R-N7, R-N8). */
@kz.saylau.platform.web.Localized
@Path("/api/candidates/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {

    @Inject
    NominationService nominations;

    @Inject
    Caller caller;

    @GET
    public CandidateResponse get(@PathParam("id") UUID id) {
        return nominations.get(id, caller);
    }

    @Problems({ "422 REGISTRATION_CLOSED", "409 CANDIDATE_STATE" })
    @POST
    @Path("/decision")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ "cec", "tec" })
    @Idempotent
    @APIResponse(responseCode = "200", description = "the candidate after the decision", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CandidateResponse.class)))
    public Response decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        return Response.ok(nominations.decide(id, request, caller)).build();
    }

    @Problems({ "422 WITHDRAWAL_CLOSED", "409 CANDIDATE_STATE" })
    @POST
    @Path("/withdrawal")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ "cec", "tec", "party" })
    @Idempotent
    @APIResponse(responseCode = "200", description = "the candidate, withdrawn", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CandidateResponse.class)))
    public Response withdraw(@PathParam("id") UUID id, @Valid @NotNull WithdrawalRequest request) {
        return Response.ok(nominations.withdraw(id, request.reason(), caller)).build();
    }

    @Problems({ "422 DEREGISTRATION_CLOSED", "409 CANDIDATE_STATE" })
    @POST
    @Path("/deregistration")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ "cec", "tec" })
    @Idempotent
    @APIResponse(responseCode = "200", description = "the candidate, deregistered", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CandidateResponse.class)))
    public Response deregister(@PathParam("id") UUID id, @Valid @NotNull DeregistrationRequest request) {
        return Response.ok(nominations.deregister(id, request, caller)).build();
    }
}
