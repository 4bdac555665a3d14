package kz.saylau.candidate.territory;

/** A unit as api.md shows it. */
public record UnitResponse(String code, String name, UnitLevel level, String parentCode, String districtCode,
        String regionCode, long electorate) {

    static UnitResponse of(Unit unit) {
        return new UnitResponse(unit.code, unit.name, unit.level, unit.parentCode, unit.districtCode, unit.regionCode,
                unit.electorate);
    }
}
