package kz.saylau.gateway.account;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** ballot-service's device-key resource, called with the enrolling commission's own token: ballot-service checks it. */
@Path("/api/precincts/{code}/device-key")
@Produces(MediaType.APPLICATION_JSON)
public interface BallotDeviceKeys {

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    Response register(@PathParam("code") String code, String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
