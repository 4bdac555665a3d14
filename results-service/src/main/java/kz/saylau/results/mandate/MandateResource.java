package kz.saylau.results.mandate;

import kz.saylau.platform.web.Problems;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.saylau.platform.web.ListPage;
import kz.saylau.platform.web.PageOf;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import kz.saylau.results.Rehearsal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.saylau.platform.web.Caller;

/** Mandates (api.md "results-service", R-M1, R-M2). */
@Path("/api/mandates")
@Produces(MediaType.APPLICATION_JSON)
public class MandateResource {

    public record Termination(@NotNull MandateService.Ground ground, @NotBlank @Size(max = 200) String decisionRef,
            @NotNull LocalDate decidedOn) {
    }

    @Inject
    MandateService mandates;

    @Inject
    Caller caller;

    @Inject
    Rehearsal rehearsal;

    @GET
    public RestResponse<List<Rehearsal.Marked<MandateService.Mandate>>> list(@QueryParam("unit") String unit,
            @QueryParam("active") Boolean active, @Valid @BeanParam ListPage page) {
        return PageOf.of(mandates.list(unit, active), page).map(rehearsal::mark).response();
    }

    @Problems({ "422 DECISION_IN_FUTURE", "409 MANDATE_TERMINATED" })
    @POST
    @Path("/{id}/termination")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ "cec", "tec", "district-akim" })
    public Rehearsal.Marked<MandateService.Mandate> terminate(@PathParam("id") UUID id, @Valid @NotNull Termination t) {
        return rehearsal.mark(mandates.terminate(id, t.ground(), t.decisionRef(), t.decidedOn(), caller));
    }
}
