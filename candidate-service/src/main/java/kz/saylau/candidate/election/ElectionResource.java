package kz.saylau.candidate.election;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import kz.saylau.platform.web.ListPage;
import org.jboss.resteasy.reactive.RestResponse;
import java.util.List;
import jakarta.ws.rs.BeanParam;
import kz.saylau.platform.web.Problems;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.idempotency.Idempotent;

/** Elections and their calendar (api.md "candidate-service"). */
@kz.saylau.platform.web.Localized
@Path("/api/elections")
@Produces(MediaType.APPLICATION_JSON)
public class ElectionResource {

    @Inject
    ElectionService elections;

    @Inject
    Caller caller;

    @Problems({ "422 ELECTION_UNIT_NOT_RURAL", "422 ELECTION_TOO_SOON", "409 ELECTION_ALREADY_CALLED" })
    @POST
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ "cec", "tec" })
    @Idempotent
    @APIResponse(responseCode = "201", description = "the called election with its calendar", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ElectionResponse.class)))
    public Response call(@Valid @NotNull ElectionRequest request) {
        ElectionResponse election = elections.call(request, caller);
        return Response.created(URI.create("/api/elections/" + election.id())).entity(election).build();
    }

    @GET
    public RestResponse<List<ElectionResponse>> list(@QueryParam("region") String region, @QueryParam("district") String district,
            @QueryParam("unit") String unit, @QueryParam("votingDay") LocalDate votingDay,
            @QueryParam("phase") Phase phase, @Valid @BeanParam ListPage page) {
        return elections.list(region, district, unit, votingDay, phase, page).response();
    }

    @GET
    @Path("/{id}")
    public ElectionResponse get(@PathParam("id") UUID id) {
        return elections.get(id);
    }

    @Problems({ "422 NOMINATION_OPENED", "422 ELECTION_TOO_SOON", "409 ELECTION_STATE" })
    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed("cec")
    @Idempotent
    @APIResponse(responseCode = "200", description = "the election with its new calendar", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ElectionResponse.class)))
    public Response moveVotingDay(@PathParam("id") UUID id, @Valid @NotNull VotingDayChange change) {
        return Response.ok(elections.moveVotingDay(id, change)).build();
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed("cec")
    @Idempotent
    @APIResponse(responseCode = "200", description = "the cancelled election", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ElectionResponse.class)))
    public Response cancel(@PathParam("id") UUID id, @Valid @NotNull CancellationRequest request) {
        return Response.ok(elections.cancel(id, request.reason())).build();
    }
}
