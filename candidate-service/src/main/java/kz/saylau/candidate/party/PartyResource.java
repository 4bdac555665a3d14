package kz.saylau.candidate.party;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import kz.saylau.platform.web.Problems;

import java.net.URI;
import java.util.List;

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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import kz.saylau.platform.web.Caller;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.saylau.platform.idempotency.Idempotent;

/** Political parties (api.md "candidate-service"). */
@Path("/api/parties")
@Produces(MediaType.APPLICATION_JSON)
public class PartyResource {

    @Inject
    PartyService parties;

    @Inject
    Caller caller;

    @Problems({ "409 PARTY_EXISTS" })
    @POST
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed("cec")
    @Idempotent
    @APIResponse(responseCode = "201", description = "the registered party", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartyResponse.class)))
    public Response register(@Valid @NotNull PartyRequest request) {
        PartyResponse party = parties.register(request, caller);
        return Response.created(URI.create("/api/parties/" + party.code())).entity(party).build();
    }

    @GET
    public RestResponse<List<PartyResponse>> list(@Valid @BeanParam ListPage page) {
        return PageOf.of(parties.list(), page).response();
    }

    @GET
    @Path("/{code}")
    public PartyResponse get(@PathParam("code") String code) {
        return parties.get(code);
    }

    @Problems({ "409 PARTY_UNCHANGED" })
    @PATCH
    @Path("/{code}")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed("cec")
    @Idempotent
    @APIResponse(responseCode = "200", description = "the party with its history", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartyResponse.class)))
    public PartyResponse change(@PathParam("code") String code, @Valid @NotNull PartyChange change) {
        return parties.change(code, change, caller);
    }
}
