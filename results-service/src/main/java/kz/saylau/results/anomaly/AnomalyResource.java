package kz.saylau.results.anomaly;

import java.util.List;

import kz.saylau.platform.web.ListPage;
import kz.saylau.platform.web.PageOf;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.Valid;
import jakarta.inject.Inject;
import kz.saylau.results.Rehearsal;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.saylau.results.result.VotingDays;

/** {@code GET /api/results/anomalies?votingDay=&region=&district=} (R-X3): flagged precincts, once the polls closed. */
@Path("/api/results/anomalies")
@Produces(MediaType.APPLICATION_JSON)
public class AnomalyResource {

    @Inject
    AnomalyService anomalies;

    @Inject
    Rehearsal rehearsal;

    @GET
    public RestResponse<List<Rehearsal.Marked<AnomalyService.PrecinctFlags>>> list(@QueryParam("votingDay") String votingDay,
            @QueryParam("region") String region, @QueryParam("district") String district, @Valid @BeanParam ListPage page) {
        return PageOf.of(anomalies.flags(VotingDays.parse(votingDay, false), region, district, null).stream()
                .filter(p -> !p.flags().isEmpty()).toList(), page).map(rehearsal::mark).response();
    }
}
