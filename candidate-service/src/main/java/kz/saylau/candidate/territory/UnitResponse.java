package kz.saylau.candidate.territory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit as api.md shows it. */
public record UnitResponse(String code, String name, @Schema(nullable = true) String nameRu, UnitLevel level, @Schema(nullable = true) String parentCode, @Schema(nullable = true) String districtCode,
        @Schema(nullable = true) String regionCode, long electorate) {

    static UnitResponse of(Unit unit) {
        return new UnitResponse(unit.code, unit.name, unit.nameRu, unit.level, unit.parentCode, unit.districtCode, unit.regionCode,
                unit.electorate);
    }
}
