package kz.saylau.candidate.territory;

/** Payload of {@code saylau.unit.created.v1} (events.md). */
public record UnitCreated(String code, String name, String nameRu, UnitLevel level, String parentCode, String districtCode,
        String regionCode) {

    public static final String TYPE = "saylau.unit.created.v1";
    public static final String TOPIC = "saylau.territory";

    static UnitCreated of(Unit unit) {
        return new UnitCreated(unit.code, unit.name, unit.nameRu, unit.level, unit.parentCode, unit.districtCode, unit.regionCode);
    }
}
