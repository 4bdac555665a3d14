package kz.saylau.ballot.station;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.saylau.platform.web.Caller;

/**
 * A polling station registers its device's Ed25519 public key; anyone may read it to check the signatures kept with
 * the precinct's protocols and turnout reports.
 */
@Path("/api/precincts/{code}/device-key")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceKeyResource {

    @Inject
    DeviceSignatures signatures;

    @Inject
    Caller caller;

    /** {@code {"publicKey": "<base64>"}}: precinct (own), or tec of its district. */
    @PUT
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ "cec", "precinct", "tec" })
    public DeviceSignatures.DeviceKeyView register(@PathParam("code") String code, DeviceSignatures.NewDeviceKey body) {
        return signatures.register(code, body, caller);
    }

    @GET
    public DeviceSignatures.DeviceKeyView get(@PathParam("code") String code) {
        return signatures.find(code);
    }
}
