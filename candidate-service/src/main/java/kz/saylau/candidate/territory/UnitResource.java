package kz.saylau.candidate.territory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import kz.saylau.platform.web.ListPage;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.Valid;
import kz.saylau.platform.web.Created;
import kz.saylau.platform.web.JsonBodies;

import kz.saylau.platform.web.Problems;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.saylau.platform.idempotency.Idempotent;
import kz.saylau.platform.web.ProblemException;

/** Territory: regions, districts, rural units (api.md "candidate-service"). */
@Path("/api/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitService units;

    @Inject
    kz.saylau.platform.web.Caller caller;

    @Inject
    ObjectMapper mapper;

    @Inject
    JsonBodies bodies;

    /** One unit, or a JSON array of them (all or none). */
    @Problems({ "409 UNIT_EXISTS", "422 UNIT_PARENT_INVALID" })
    @POST
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed("cec")
    @Idempotent
    @APIResponse(responseCode = "201", description = "created: one unit, or all of an array or a CSV", content = @Content(mediaType = "application/json", schema = @Schema(oneOf = { UnitResponse.class, UnitResponse[].class })))
    public Response create(@org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(oneOf = { UnitRequest.class, UnitRequest[].class }))) JsonNode body) {
        List<UnitRequest> requests = bodies.oneOrMany(body, UnitRequest.class, "a unit", "units");
        return Created.oneOrMany(units.create(requests), body.isArray(), "/api/units", UnitResponse::code);
    }

    /**
     * {@code text/csv}: a header line naming the columns {@code code,name,level,parentCode} (in any order), then
     * one unit a line; all or none, like a JSON array.
     */
    @Problems({ "409 UNIT_EXISTS", "422 UNIT_PARENT_INVALID" })
    @POST
    @Consumes("text/csv")
    @RolesAllowed("cec")
    @Idempotent
    @APIResponse(responseCode = "201", description = "created: one unit, or all of an array or a CSV", content = @Content(mediaType = "application/json", schema = @Schema(oneOf = { UnitResponse.class, UnitResponse[].class })))
    public Response createFromCsv(String body) {
        List<UnitRequest> requests = new ArrayList<>();
        for (java.util.Map<String, String> row : UnitCsv.parse(body)) {
            requests.add(bodies.read(mapper.valueToTree(row), UnitRequest.class, "a unit"));
        }
        if (requests.isEmpty()) {
            throw new ProblemException(400, "VALIDATION_FAILED", "the CSV has no unit lines");
        }
        return Response.status(201).entity(units.create(requests)).build();
    }

    @GET
    public RestResponse<List<UnitResponse>> list(@QueryParam("level") UnitLevel level, @QueryParam("parent") String parent,
            @Valid @BeanParam ListPage page) {
        return units.list(level, parent, page).response();
    }

    @GET
    @Path("/{code}")
    public UnitResponse get(@PathParam("code") String code) {
        return units.get(code);
    }

    @Problems({ "422 UNIT_PARENT_INVALID", "409 UNIT_UNCHANGED", "409 UNIT_CLOSED", "409 ELECTION_OPEN" })
    @PATCH
    @Path("/{code}")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed("cec")
    @Idempotent
    @APIResponse(responseCode = "200", description = "the unit with its history", content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitResponse.class)))
    public UnitResponse change(@PathParam("code") String code, @Valid @NotNull UnitChange change) {
        return units.change(code, change, caller);
    }

    @Problems({ "409 UNIT_CLOSED", "409 UNIT_IN_USE", "409 ELECTION_OPEN" })
    @POST
    @Path("/{code}/closure")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed("cec")
    @Idempotent
    @APIResponse(responseCode = "200", description = "the closed unit", content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitResponse.class)))
    public UnitResponse close(@PathParam("code") String code, @Valid @NotNull UnitClosure closure) {
        return units.close(code, closure, caller);
    }
}
