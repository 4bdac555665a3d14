package kz.saylau.ballot.ballot;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The ballot of an election (api.md "ballot-service"). */
@Path("/api/elections/{electionId}/ballot")
@Produces(MediaType.APPLICATION_JSON)
public class BallotResource {

    @Inject
    BallotService ballots;

    @GET
    public BallotView get(@PathParam("electionId") UUID electionId) {
        return ballots.get(electionId);
    }
}
