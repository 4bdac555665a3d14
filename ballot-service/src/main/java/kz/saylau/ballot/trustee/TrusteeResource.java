package kz.saylau.ballot.trustee;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.saylau.ballot.evoting.EboxBoard;
import kz.saylau.ballot.evoting.EboxCount;
import kz.saylau.ballot.evoting.TrusteeDecryption;
import kz.saylau.ballot.evoting.crypto.Trustees;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.web.Problems;

/** The election key's ceremony and the trustees' decryptions (issue 16; api.md "Electronic voting"). */
@Path("/api/elections/{electionId}")
@Produces(MediaType.APPLICATION_JSON)
public class TrusteeResource {

    @Inject
    ElectionKeys keys;

    @Inject
    EboxCount count;

    @Inject
    EboxBoard board;

    @Inject
    Caller caller;

    @Problems({ "422 POLLS_OPENED", "422 TRUSTEES_INVALID", "409 TRUSTEES_NAMED" })
    @PUT
    @Path("/trustees")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ "cec", "tec" })
    @APIResponse(responseCode = "201", description = "the trustees are named; the key is complete once each has published", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ElectionKeyView.class)))
    @APIResponse(responseCode = "200", description = "the same naming again (a retry): the key as it is", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ElectionKeyView.class)))
    public Response name(@PathParam("electionId") UUID electionId, @Valid @NotNull TrusteeNaming naming) {
        ElectionKeys.Named named = keys.name(electionId, naming, caller);
        return Response.status(named.created() ? 201 : 200).entity(named.key()).build();
    }

    @Problems({ "422 POLLS_CLOSED", "422 TRUSTEE_KEY_INVALID", "409 TRUSTEE_KEY_PUBLISHED" })
    @PUT
    @Path("/trustees/{seat}/key")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed(ElectionKeys.TRUSTEE)
    @APIResponse(responseCode = "200", description = "the key is published; with the last seat's, the election key is fixed", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ElectionKeyView.class)))
    public ElectionKeyView publish(@PathParam("electionId") UUID electionId, @PathParam("seat") int seat,
            @Valid @NotNull Trustees.TrusteeKey key) {
        return keys.publish(electionId, seat, key, caller);
    }

    @Problems({ "422 DECRYPTION_INVALID", "409 EBOX_NOT_TALLIED", "409 DECRYPTION_POSTED" })
    @PUT
    @Path("/trustees/{seat}/decryption")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed(ElectionKeys.TRUSTEE)
    @APIResponse(responseCode = "200", description = "the shares are kept; with the threshold's, the box is counted", content = @Content(mediaType = "application/json", schema = @Schema(implementation = EboxBoard.Board.class)))
    public EboxBoard.Board decrypt(@PathParam("electionId") UUID electionId, @PathParam("seat") int seat,
            @Valid @NotNull TrusteeDecryption decryption) {
        count.decryption(electionId, seat, decryption.shares(), caller);
        return board.board(electionId);
    }

    @GET
    @Path("/election-key")
    @PermitAll
    public ElectionKeyView key(@PathParam("electionId") UUID electionId) {
        return keys.view(electionId);
    }
}
