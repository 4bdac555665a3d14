package kz.saylau.results.result;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An election's result (api.md "results-service"), from its snapshot, with ETag and a short Cache-Control (R-X5). */
@Path("/api/results/elections/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {

    @Inject
    ResultSnapshots snapshots;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @GET
    @APIResponse(responseCode = "200", description = "the result (with an ETag)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ElectionResult.class)))
    @APIResponse(responseCode = "304", description = "Not Modified: If-None-Match names this version")
    @kz.saylau.platform.web.Localized
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        ResultSnapshots.Snapshot s = snapshots.get(id);
        kz.saylau.platform.web.Language language = kz.saylau.platform.web.Language.of(acceptLanguage);
        return cached(s.json(language, mapper), s.etag(language), ifNoneMatch);
    }

    /** 304 when the client holds this version; otherwise the bytes, both with the ETag and a two-second max-age. */
    static Response cached(byte[] body, String tag, String ifNoneMatch) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(2);
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                if (candidate.trim().replace("W/", "").replace("\"", "").equals(tag) || candidate.trim().equals("*")) {
                    return Response.notModified(new EntityTag(tag)).cacheControl(cache).build();
                }
            }
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(new EntityTag(tag)).cacheControl(cache).build();
    }
}
