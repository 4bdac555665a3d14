package kz.saylau.ballot.territory;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

/**
 * candidate-service's public {@code GET /api/units/{code}} (api.md territory), for a unit ballot-service has not
 * heard of yet. It answers at candidate-service's instances ({@code SAYLAU_CANDIDATE_ADDRESSES}, SmallRye Stork's static
 * list, in turn); an answer (404 included) is final, while a connection that fails is tried twice more, each time at the
 * next instance, before the caller is told candidate-service is unavailable.
 */
@RegisterRestClient(configKey = "candidate-service")
@Path("/api/units")
public interface CandidateUnits {

    /** The unit as candidate-service writes it; a {@link WebApplicationException} for any answer but 200. */
    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(6000)
    @Retry(maxRetries = 2, delay = 200, abortOn = WebApplicationException.class)
    JsonNode unit(@PathParam("code") String code);
}
