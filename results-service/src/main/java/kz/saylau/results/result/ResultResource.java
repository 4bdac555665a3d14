package kz.saylau.results.result;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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

/** An election's result (api.md "results-service"), with ETag and a short Cache-Control (R-X5). */
@Path("/api/results/elections/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {

    @Inject
    ResultService results;

    @Inject
    ObjectMapper mapper;

    @GET
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) throws JsonProcessingException {
        byte[] body = mapper.writeValueAsBytes(results.result(id));
        String tag = kz.saylau.results.platform.Hashes.sha256(body).substring(0, 32);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(2);
        if (ifNoneMatch != null && ifNoneMatch.replace("\"", "").replace("W/", "").equals(tag)) {
            return Response.notModified(new EntityTag(tag)).cacheControl(cache).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(new EntityTag(tag)).cacheControl(cache).build();
    }
}
