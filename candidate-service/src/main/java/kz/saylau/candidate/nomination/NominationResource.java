package kz.saylau.candidate.nomination;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import kz.saylau.platform.web.Problems;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import kz.saylau.platform.web.ListPage;
import kz.saylau.platform.web.PageOf;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.idempotency.Idempotent;

/** Nominations and the candidate list of an election (api.md "candidate-service"). */
@kz.saylau.platform.web.Localized
@Path("/api/elections/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class NominationResource {

    @Inject
    NominationService nominations;

    @Inject
    Caller caller;

    @Problems({ "422 FALLBACK_NOMINATION_NOT_ALLOWED", "422 NOMINATION_CLOSED", "422 IIN_INVALID", "422 IIN_MISMATCH", "422 CANDIDATE_UNDER_AGE", "422 PARTY_REQUIRED", "422 PARTY_NOT_ALLOWED", "422 PARTY_ALREADY_NOMINATED", "422 SIGNATURES_TOO_FEW", "409 ALREADY_NOMINATED" })
    @POST
    @Path("/nominations")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ "cec", "tec", "party", "district-akim" })
    @Idempotent
    @APIResponse(responseCode = "201", description = "the nominated candidate", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CandidateResponse.class)))
    public Response nominate(@PathParam("id") UUID electionId, @Valid @NotNull NominationRequest request) {
        CandidateResponse candidate = nominations.nominate(electionId, request, caller);
        return Response.created(URI.create("/api/candidates/" + candidate.id())).entity(candidate).build();
    }

    /** The public sees candidates once registered; the commissions see every nominee. */
    @GET
    @Path("/candidates")
    public RestResponse<List<CandidateResponse>> candidates(@PathParam("id") UUID electionId,
            @QueryParam("status") CandidateStatus status, @Valid @BeanParam ListPage page) {
        return PageOf.of(nominations.list(electionId, status, caller), page).response();
    }
}
