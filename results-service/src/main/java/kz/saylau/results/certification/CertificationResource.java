package kz.saylau.results.certification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import kz.saylau.platform.web.Problems;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.saylau.platform.web.Caller;
import kz.saylau.results.result.ElectionResult;
import kz.saylau.results.result.ResultChanges;

/** Certification by the TEC and reopening by the CEC (api.md "results-service", R-R4). */
@Path("/api/results/elections/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CertificationResource {

    public record Reopening(@NotBlank @Size(max = 500) String reason) {
    }

    @Inject
    CertificationService certification;

    @Inject
    Caller caller;

    @Inject
    ResultChanges changes;

    /** The body may be empty or {}: certification takes no input. */
    @Problems({ "422 POLLS_NOT_CLOSED", "422 PRECINCTS_MISSING", "422 EBOX_NOT_COUNTED", "409 RESULT_CERTIFIED" })
    @POST
    @Path("/certification")
    @RolesAllowed({ "cec", "tec" })
    @APIResponse(responseCode = "200", description = "the certified result", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ElectionResult.class)))
    public Response certify(@PathParam("id") UUID id) {
        changes.reset();
        ElectionResult result = certification.certify(id, caller);
        changes.flush(); // committed: the certified event, then the new result, on the stream
        return Response.ok(result).build();
    }

    @Problems({ "409 RESULT_NOT_CERTIFIED" })
    @POST
    @Path("/reopening")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed("cec")
    @APIResponse(responseCode = "200", description = "the reopened result", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ElectionResult.class)))
    public Response reopen(@PathParam("id") UUID id, @Valid @NotNull Reopening reopening) {
        changes.reset();
        ElectionResult result = certification.reopen(id, reopening.reason());
        changes.flush();
        return Response.ok(result).build();
    }
}
