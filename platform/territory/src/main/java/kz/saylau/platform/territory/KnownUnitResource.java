package kz.saylau.platform.territory;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.saylau.platform.web.ProblemException;

/** What this service has learned of a unit (service port only; the gateway routes no /internal path). */
@Path("/internal/units")
@Produces(MediaType.APPLICATION_JSON)
public class KnownUnitResource {

    public record KnownUnitView(String code, String name, String level, String parentCode, String districtCode,
            String regionCode) {
    }

    @GET
    @Operation(hidden = true) // /internal: between services, never through the gateway (it answers 404)
    @Path("/{code}")
    public KnownUnitView get(@PathParam("code") String code) {
        KnownUnit unit = KnownUnit.<KnownUnit>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("unit " + code));
        return new KnownUnitView(unit.code, unit.name, unit.level, unit.parentCode, unit.districtCode, unit.regionCode);
    }
}
