package kz.saylau.ballot.precinct;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A precinct as the API shows it; also the payload of the precinct events (events.md). */
public record PrecinctResponse(String code, String unitCode, String districtCode, String regionCode, String name,
        @Schema(nullable = true) String address, int votersOnList) {

    public static final String TOPIC = "saylau.territory";
    public static final String REGISTERED = "saylau.precinct.registered.v1";
    public static final String UPDATED = "saylau.precinct.updated.v1";

    static PrecinctResponse of(Precinct p) {
        return new PrecinctResponse(p.code, p.unitCode, p.districtCode, p.regionCode, p.name, p.address, p.votersOnList);
    }
}
