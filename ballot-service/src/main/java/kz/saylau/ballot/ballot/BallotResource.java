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

    /** The words of the ballot's own (against all, how a candidate was nominated) follow Accept-Language. */
    @GET
    @kz.saylau.platform.web.Localized
    public BallotView get(@PathParam("electionId") UUID electionId,
            @jakarta.ws.rs.HeaderParam("Accept-Language") String acceptLanguage) {
        return ballots.get(electionId, kz.saylau.platform.web.Language.of(acceptLanguage));
    }
}
