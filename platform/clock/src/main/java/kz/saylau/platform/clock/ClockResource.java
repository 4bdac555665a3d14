package kz.saylau.platform.clock;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import kz.saylau.platform.web.ProblemException;

/**
 * This service's election clock (domain.md R-C4). The gateway's {@code /api/admin/clock} sets it on every service;
 * the answer comes only after the deadline work that the change made due is done.
 */
@Path("/internal/clock")
public class ClockResource {

    public record ClockState(@NotNull OffsetDateTime now) {
    }

    @Inject
    ElectionClock clock;

    @Inject
    Deadlines deadlines;

    @GET
    @Operation(hidden = true) // /internal: between services, never through the gateway (it answers 404)
    @RolesAllowed("**")
    public ClockState read() {
        requireSimulation();
        return new ClockState(OffsetDateTime.ofInstant(clock.instant(), clock.getZone()));
    }

    @PUT
    @Operation(hidden = true) // /internal: between services, never through the gateway (it answers 404)
    @RolesAllowed("cec")
    public ClockState move(@Valid @NotNull ClockState target) {
        requireSimulation();
        clock.moveTo(target.now().toInstant());
        deadlines.runDue();
        return read();
    }

    private void requireSimulation() {
        if (!clock.simulation()) {
            throw ProblemException.notFound("the simulation clock");
        }
    }
}
