package kz.saylau.ballot.protocol;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import kz.saylau.platform.web.Problems;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import com.fasterxml.jackson.core.JsonProcessingException;

import kz.saylau.platform.web.ListPage;
import kz.saylau.platform.web.PageOf;
import org.jboss.resteasy.reactive.RestResponse;
import java.util.List;
import jakarta.ws.rs.BeanParam;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.idempotency.Idempotent;
import kz.saylau.ballot.station.DeviceSignatures;

/** Precinct protocols, corrections, history, trackers and photos (api.md "ballot-service", R-P6, R-X1, R-X2). */
@Path("/api/elections/{electionId}")
@Produces(MediaType.APPLICATION_JSON)
public class ProtocolResource {

    @Inject
    ProtocolService protocols;

    @Inject
    ProtocolImages images;

    @Inject
    Caller caller;

    @Inject
    DeviceSignatures signatures;

    @Problems({ "401 SIGNATURE_INVALID", "422 POLLS_NOT_CLOSED", "422 PROTOCOL_CANDIDATES", "422 PROTOCOL_INCONSISTENT", "409 PROTOCOL_ALREADY_SUBMITTED" })
    @POST
    @Path("/precincts/{code}/protocol")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ "cec", "precinct" })
    @Idempotent
    @APIResponse(responseCode = "201", description = "a new version, accepted", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProtocolView.Accepted.class)))
    @APIResponse(responseCode = "200", description = "the same protocol again: the first answer (R-P6)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProtocolView.Accepted.class)))
    public Response submit(@PathParam("electionId") UUID electionId, @PathParam("code") String code,
            @HeaderParam(DeviceSignatures.HEADER) String signature,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProtocolBody.class))) byte[] raw)
            throws JsonProcessingException {
        var protocol = signatures.read(code, raw, signature, ProtocolBody.class);
        ProtocolService.Outcome outcome = protocols.submit(electionId, code, protocol.body(), protocol.signature(), caller);
        return Response.status(outcome.status()).entity(outcome.answer()).build();
    }

    @Problems({ "422 PROTOCOL_CANDIDATES", "422 PROTOCOL_INCONSISTENT", "409 VERSION_CONFLICT", "409 RESULT_CERTIFIED" })
    @POST
    @Path("/precincts/{code}/protocol/corrections")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ "cec", "tec" })
    @Idempotent
    @APIResponse(responseCode = "201", description = "the correction, accepted as the next version", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProtocolView.Accepted.class)))
    public Response correct(@PathParam("electionId") UUID electionId, @PathParam("code") String code,
            @Valid @NotNull ProtocolBody body) {
        ProtocolView.Accepted accepted = protocols.correct(electionId, code, body, caller);
        return Response.status(201).entity(accepted).build();
    }

    /** The latest version; {@code ?history=true}: every version, oldest first. */
    @GET
    @Path("/precincts/{code}/protocol")
    @APIResponse(responseCode = "200", description = "the latest version; with history=true every version, oldest first", content = @Content(mediaType = "application/json", schema = @Schema(oneOf = { ProtocolView.class, ProtocolView[].class })))
    public Response get(@PathParam("electionId") UUID electionId, @PathParam("code") String code,
            @QueryParam("history") boolean history) {
        if (history) {
            var all = protocols.history(electionId, code);
            return Response.ok(all).header("X-Total-Count", all.size()).build();
        }
        return Response.ok(protocols.latestView(electionId, code)).build();
    }

    @GET
    @Path("/protocols")
    public RestResponse<List<ProtocolView>> latest(@PathParam("electionId") UUID electionId, @Valid @BeanParam ListPage page) {
        return PageOf.of(protocols.latestOfElection(electionId), page).response();
    }

    @GET
    @Path("/trackers")
    public RestResponse<List<ProtocolView.TrackerLine>> trackers(@PathParam("electionId") UUID electionId,
            @Valid @BeanParam ListPage page) {
        return PageOf.of(protocols.trackers(electionId), page).response();
    }

    /**
     * Takes any body, so that a call without a token is 401 and one of another role 403 before its media type is
     * looked at; the media type is then checked against the bytes (415 for anything but a JPEG or PNG image).
     */
    @Problems({ "422 IMAGE_MISMATCH", "409 IMAGE_ATTACHED", "413 PAYLOAD_TOO_LARGE", "415 UNSUPPORTED_MEDIA_TYPE" })
    @PUT
    @Path("/precincts/{code}/protocol/{version}/image")
    @Consumes({ "image/jpeg", "image/png", MediaType.WILDCARD })
    @RolesAllowed({ "cec", "precinct", "tec" })
    @APIResponse(responseCode = "201", description = "attached (the same photo again: the same answer)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProtocolImages.Stored.class)))
    public Response attach(@PathParam("electionId") UUID electionId, @PathParam("code") String code,
            @PathParam("version") int version, @HeaderParam("Content-Type") String contentType, byte[] image) {
        String type = ProtocolImageRules.mediaType(contentType);
        if (!ProtocolImageRules.JPEG.equals(type) && !ProtocolImageRules.PNG.equals(type)) {
            throw new ProblemException(415, "UNSUPPORTED_MEDIA_TYPE", "a protocol photo is image/jpeg or image/png");
        }
        ProtocolImages.Stored stored = images.attach(electionId, code, version, type, image, caller);
        return Response.created(URI.create("/api/elections/" + electionId + "/precincts/" + code + "/protocol/" + version
                + "/image")).entity(stored).build();
    }

    @GET
    @Path("/precincts/{code}/protocol/{version}/image")
    @APIResponse(responseCode = "200", description = "the photo, as it was attached", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")) })
    @Produces({ "image/jpeg", "image/png", MediaType.APPLICATION_JSON })
    public Response image(@PathParam("electionId") UUID electionId, @PathParam("code") String code,
            @PathParam("version") int version) {
        ProtocolImages.Image image = images.get(electionId, code, version);
        return Response.ok(image.bytes()).type(image.contentType()).build();
    }
}
