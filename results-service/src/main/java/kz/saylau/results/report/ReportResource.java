package kz.saylau.results.report;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.results.result.VotingDays;

/** The NIST SP 1500-100 Rev. 2 JSON report of a whole voting day: {@code /api/results/report?votingDay=}. */
@Path("/api/results")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    static final String FORMAT = "nist-1500-100";

    @Inject
    ReportService reports;

    @GET
    @Path("/report")
    @kz.saylau.platform.web.Problems({ "422 POLLS_NOT_CLOSED" })
    public ObjectNode votingDay(@QueryParam("votingDay") String votingDay, @QueryParam("format") String format) {
        checkFormat(format);
        VotingDays days = VotingDays.parse(votingDay, true);
        if (!days.from().equals(days.to())) {
            throw ProblemException.invalid("votingDay", "one voting day");
        }
        return reports.votingDay(days.from());
    }

    static void checkFormat(String format) {
        if (format != null && !format.equals(FORMAT)) {
            throw ProblemException.invalid("format", "only " + FORMAT + " is offered");
        }
    }
}
