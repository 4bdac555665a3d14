package kz.saylau.candidate.territory;

import kz.saylau.platform.web.JsonBodies;

import kz.saylau.platform.web.Problems;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
    ObjectMapper mapper;

    @Inject
    JsonBodies bodies;

    /** One unit, or a JSON array of them (all or none). */
    @Problems({ "409 UNIT_EXISTS", "422 UNIT_PARENT_INVALID" })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("cec")
    @Idempotent
    public Response create(JsonNode body) {
        if (body == null || !(body.isObject() || body.isArray())) {
            throw new ProblemException(400, "MALFORMED_REQUEST", "a unit object or an array of units is expected");
        }
        List<UnitRequest> requests = new ArrayList<>();
        for (JsonNode node : body.isArray() ? body : List.of(body)) {
            requests.add(read(node));
        }
        if (requests.isEmpty()) {
            throw new ProblemException(400, "VALIDATION_FAILED", "the array of units is empty");
        }
        List<UnitResponse> created = units.create(requests);
        if (body.isArray()) {
            return Response.status(201).entity(created).build();
        }
        return Response.created(URI.create("/api/units/" + created.get(0).code())).entity(created.get(0)).build();
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
    public Response createFromCsv(String body) {
        List<UnitRequest> requests = new ArrayList<>();
        for (java.util.Map<String, String> row : UnitCsv.parse(body)) {
            requests.add(read(mapper.valueToTree(row)));
        }
        if (requests.isEmpty()) {
            throw new ProblemException(400, "VALIDATION_FAILED", "the CSV has no unit lines");
        }
        return Response.status(201).entity(units.create(requests)).build();
    }

    @GET
    public Response list(@QueryParam("level") UnitLevel level, @QueryParam("parent") String parent,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        UnitService.PageOf<UnitResponse> found = units.list(level, parent, page, size);
        return Response.ok(found.items()).header("X-Total-Count", found.total()).build();
    }

    @GET
    @Path("/{code}")
    public UnitResponse get(@PathParam("code") String code) {
        return units.get(code);
    }

    private UnitRequest read(JsonNode node) {
        return bodies.read(node, UnitRequest.class, "a unit (wrong type or unknown level)");
    }
}
