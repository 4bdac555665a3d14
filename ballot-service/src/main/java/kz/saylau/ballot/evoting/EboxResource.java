package kz.saylau.ballot.evoting;

import java.util.List;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestResponse;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.saylau.platform.web.ListPage;
import kz.saylau.platform.web.Problems;

/** The electronic box's public board, after the polls close (issue 16, item 3). */
@Path("/api/elections/{electionId}/ebox")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class EboxResource {

    @Inject
    EboxBoard board;

    @Problems({ "422 POLLS_NOT_CLOSED" })
    @GET
    public EboxBoard.Board get(@PathParam("electionId") UUID electionId) {
        return board.board(electionId);
    }

    @Problems({ "422 POLLS_NOT_CLOSED" })
    @GET
    @Path("/ballots")
    public RestResponse<List<EboxBoard.BoardBallot>> ballots(@PathParam("electionId") UUID electionId,
            @QueryParam("precinct") @Size(max = 32) String precinct, @Valid @BeanParam ListPage page) {
        return board.ballots(electionId, precinct, page).response();
    }

    @Problems({ "422 POLLS_NOT_CLOSED" })
    @GET
    @Path("/ballots/{tracker}")
    public EboxBoard.BoardBallot ballot(@PathParam("electionId") UUID electionId, @PathParam("tracker") String tracker) {
        return board.ballot(electionId, tracker);
    }
}
