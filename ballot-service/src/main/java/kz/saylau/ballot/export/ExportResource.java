package kz.saylau.ballot.export;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** Exports of the protocols for observers and the press (api.md "ballot-service"); public. */
@Path("/api/exports")
public class ExportResource {

    @Inject
    ProtocolExport export;

    @GET
    @Path("/protocols.csv")
    @Produces("text/csv")
    @APIResponse(responseCode = "200", description = "every protocol version, OpenElections layout", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@QueryParam("election") UUID election, @QueryParam("votingDay") LocalDate votingDay) {
        ProtocolExport.Contents contents = export.contents(election, votingDay, false);
        return Response.ok(contents.files().get("protocols.csv"), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + contents.name() + ".csv\"").build();
    }

    @GET
    @Path("/protocols.zip")
    @Produces("application/zip")
    @APIResponse(responseCode = "200", description = "the protocols as CSV and JSON, their photos, the trackers and SHA256SUMS", content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response zip(@QueryParam("election") UUID election, @QueryParam("votingDay") LocalDate votingDay) {
        ProtocolExport.Contents contents = export.contents(election, votingDay, true);
        StreamingOutput body = out -> export.writeZip(contents, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + contents.name() + ".zip\"").build();
    }
}
