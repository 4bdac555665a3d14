package kz.saylau.ballot.evoting;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A voter checks their receipt: recorded, and nothing about the choice (R-V2). */
@Path("/api/receipts/{receipt}")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptResource {

    @Inject
    EVotingService evoting;

    @GET
    public EVotingService.Receipt get(@PathParam("receipt") String receipt) {
        return evoting.receipt(receipt);
    }
}
