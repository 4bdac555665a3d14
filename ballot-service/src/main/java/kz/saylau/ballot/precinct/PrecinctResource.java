package kz.saylau.ballot.precinct;

import kz.saylau.platform.web.JsonBodies;

import kz.saylau.platform.web.Problems;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.annotation.security.RolesAllowed;
import kz.saylau.ballot.territory.UnitDirectory;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import kz.saylau.platform.web.ProblemException;

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
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "cec", "tec" })
    public Response register(JsonNode body) {
        if (body == null || !(body.isObject() || body.isArray())) {
            throw new ProblemException(400, "MALFORMED_REQUEST", "a precinct object or an array of precincts is expected");
        }
        List<PrecinctRequest> requests = new ArrayList<>();
        for (JsonNode node : body.isArray() ? body : List.of(body)) {
            requests.add(read(node));
        }
        if (requests.isEmpty()) {
            throw new ProblemException(400, "VALIDATION_FAILED", "the array of precincts is empty");
        }
        // units not heard of yet are asked for now, before the (idempotent) transaction that registers the precincts
        units.learn(requests.stream().map(PrecinctRequest::unitCode).toList());
        return create(requests, body.isArray());
    }

    /** Registers what {@link #register} read; a retry with the same Idempotency-Key gets the first answer. */
    @Idempotent
    Response create(List<PrecinctRequest> requests, boolean array) {
        List<PrecinctResponse> created = precincts.register(requests, caller);
        if (array) {
            return Response.status(201).entity(created).build();
        }
        return Response.created(URI.create("/api/precincts/" + created.get(0).code())).entity(created.get(0)).build();
    }

    @GET
    public Response list(@QueryParam("unit") String unit, @QueryParam("district") String district,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        PrecinctService.PageOf<PrecinctResponse> found = precincts.list(unit, district, page, size);
        return Response.ok(found.items()).header("X-Total-Count", found.total()).build();
    }

    @GET
    @Path("/{code}")
    public PrecinctResponse get(@PathParam("code") String code) {
        return precincts.get(code);
    }

    @Problems({ "422 POLLS_OPENED" })
    @PATCH
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "cec", "tec" })
    public PrecinctResponse update(@PathParam("code") String code, @Valid @NotNull VotersUpdate update) {
        return precincts.updateVoters(code, update.votersOnList(), caller);
    }

    private PrecinctRequest read(JsonNode node) {
        return bodies.read(node, PrecinctRequest.class, "a precinct");
    }
}
