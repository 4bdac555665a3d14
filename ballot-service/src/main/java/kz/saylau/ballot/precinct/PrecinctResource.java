package kz.saylau.ballot.precinct;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import kz.saylau.platform.web.ListPage;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.BeanParam;
import kz.saylau.platform.web.JsonBodies;

import kz.saylau.platform.web.Problems;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.annotation.security.RolesAllowed;
import kz.saylau.ballot.territory.UnitDirectory;
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
import kz.saylau.platform.web.Created;
import kz.saylau.platform.idempotency.Idempotent;

/** Precincts (api.md "ballot-service"). */
@Path("/api/precincts")
@Produces(MediaType.APPLICATION_JSON)
public class PrecinctResource {

    @Inject
    PrecinctService precincts;

    @Inject
    UnitDirectory units;

    @Inject
    Caller caller;

    @Inject
    JsonBodies bodies;

    /** One precinct or a JSON array of them (all or none). */
    @Problems({ "409 PRECINCT_EXISTS", "422 UNIT_UNKNOWN", "422 PRECINCT_UNIT_NOT_RURAL" })
    @POST
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ "cec", "tec" })
    @APIResponse(responseCode = "201", description = "registered: one precinct, or all of an array", content = @Content(mediaType = "application/json", schema = @Schema(oneOf = { PrecinctResponse.class, PrecinctResponse[].class })))
    public Response register(@org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(oneOf = { PrecinctRequest.class, PrecinctRequest[].class }))) JsonNode body) {
        List<PrecinctRequest> requests = bodies.oneOrMany(body, PrecinctRequest.class, "a precinct", "precincts");
        // units not heard of yet are asked for now, before the (idempotent) transaction that registers the precincts
        units.learn(requests.stream().map(PrecinctRequest::unitCode).toList());
        return create(requests, body.isArray());
    }

    /** Registers what {@link #register} read; a retry with the same Idempotency-Key gets the first answer. */
    @Idempotent
    Response create(List<PrecinctRequest> requests, boolean array) {
        return Created.oneOrMany(precincts.register(requests, caller), array, "/api/precincts", PrecinctResponse::code);
    }

    @GET
    public RestResponse<List<PrecinctResponse>> list(@QueryParam("unit") String unit, @QueryParam("district") String district,
            @Valid @BeanParam ListPage page) {
        return precincts.list(unit, district, page).response();
    }

    @GET
    @Path("/{code}")
    public PrecinctResponse get(@PathParam("code") String code) {
        return precincts.get(code);
    }

    @Problems({ "422 POLLS_OPENED", "409 PRECINCT_CLOSED" })
    @PATCH
    @Path("/{code}")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ "cec", "tec" })
    public PrecinctResponse update(@PathParam("code") String code, @Valid @NotNull PrecinctUpdate update) {
        return precincts.update(code, update, caller);
    }

    @Problems({ "422 POLLS_OPENED", "409 PRECINCT_CLOSED" })
    @POST
    @Path("/{code}/closure")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ "cec", "tec" })
    @Idempotent
    @APIResponse(responseCode = "200", description = "the closed precinct", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PrecinctResponse.class)))
    public PrecinctResponse close(@PathParam("code") String code, @Valid @NotNull ClosureRequest request) {
        return precincts.close(code, request, caller);
    }
}
