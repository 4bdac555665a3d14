package kz.saylau.ballot.precinct;

import java.time.ZoneId;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.saylau.ballot.platform.Instants;

/**
 * A precinct as the API shows it; also the payload of the precinct events (events.md). {@code closedAt} (the
 * election clock's time, in the election time zone) and {@code closureReason} are null while it is open.
 */
public record PrecinctResponse(String code, String unitCode, String districtCode, String regionCode, String name,
        @Schema(nullable = true) String address, int votersOnList, @Schema(nullable = true) String closedAt,
        @Schema(nullable = true) String closureReason) {

    public static final String TOPIC = "saylau.territory";
    public static final String REGISTERED = "saylau.precinct.registered.v1";
    public static final String UPDATED = "saylau.precinct.updated.v1";
    public static final String CLOSED = "saylau.precinct.closed.v1";

    static PrecinctResponse of(Precinct p, ZoneId zone) {
        return new PrecinctResponse(p.code, p.unitCode, p.districtCode, p.regionCode, p.name, p.address, p.votersOnList,
                p.closedAt == null ? null : Instants.format(p.closedAt, zone), p.closureReason);
    }
}
