package kz.saylau.results.report;

import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/results/elections/{id}/report?format=nist-1500-100} (api.md): public once the polls have closed. */
@Path("/api/results/elections/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ElectionReportResource {

    @Inject
    ReportService reports;

    @GET
    @Path("/report")
    @kz.saylau.platform.web.Problems({ "422 POLLS_NOT_CLOSED" })
    public ObjectNode election(@PathParam("id") UUID id, @QueryParam("format") String format) {
        ReportResource.checkFormat(format);
        return reports.election(id);
    }
}
