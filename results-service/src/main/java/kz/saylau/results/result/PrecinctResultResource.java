package kz.saylau.results.result;

import java.util.List;
import java.util.UUID;

import kz.saylau.platform.web.ListPage;
import kz.saylau.platform.web.PageOf;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.Valid;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.saylau.platform.web.ProblemException;

/** {@code GET /api/results/elections/{id}/precincts?reported=}; {@code reported=false} lists the ones still missing. */
@Path("/api/results/elections/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class PrecinctResultResource {

    @Inject
    PrecinctResults precincts;

    @GET
    @Path("/precincts")
    public RestResponse<List<PrecinctResults.PrecinctResult>> precincts(@PathParam("id") UUID id,
            @QueryParam("reported") String reported, @Valid @BeanParam ListPage page) {
        if (reported != null && !reported.equals("true") && !reported.equals("false")) {
            throw ProblemException.invalid("reported", "true or false");
        }
        return PageOf.of(precincts.precincts(id, reported == null ? null : Boolean.valueOf(reported)), page).response();
    }
}
