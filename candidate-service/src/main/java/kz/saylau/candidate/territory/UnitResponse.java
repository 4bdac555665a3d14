package kz.saylau.candidate.territory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit as api.md shows it. */
public record UnitResponse(String code, String name, @Schema(nullable = true) String nameRu, UnitLevel level, @Schema(nullable = true) String parentCode, @Schema(nullable = true) String districtCode,
        @Schema(nullable = true) String regionCode, long electorate, @Schema(nullable = true) String closedAt,
        @Schema(nullable = true) String closureReason, @Schema(nullable = true) java.util.List<Version> history) {

    /** One version of the unit (R-T3), valid from {@code validFrom} up to {@code validTo} (null: in force). */
    public record Version(String name, @Schema(nullable = true) String nameRu, @Schema(nullable = true) String parentCode,
            @Schema(nullable = true) String districtCode, String regionCode, String validFrom,
            @Schema(nullable = true) String validTo, String reason) {
    }

    static UnitResponse of(Unit unit, java.time.ZoneId zone, java.util.List<Version> history) {
        return new UnitResponse(unit.code, unit.name, unit.nameRu, unit.level, unit.parentCode, unit.districtCode, unit.regionCode,
                unit.electorate, unit.closedAt == null || zone == null ? null
                        : kz.saylau.candidate.election.CalendarView.format(unit.closedAt, zone),
                unit.closureReason, history);
    }
}
