package kz.saylau.gateway.clock;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A service's internal clock resource (R-C4), called with the caller's own token: the service checks it. */
@Path("/internal/clock")
@Produces(MediaType.APPLICATION_JSON)
public interface ServiceClock {

    @GET
    Response read(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    Response move(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
