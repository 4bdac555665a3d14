package kz.saylau.candidate.territory;

/** Payload of {@code saylau.unit.created.v1} (events.md). */
public record UnitCreated(String code, String name, String nameRu, UnitLevel level, String parentCode, String districtCode,
        String regionCode, boolean closed) {

    public static final String TYPE = "saylau.unit.created.v1";
    /** R-T3: renamed, moved or closed; the payload is the unit as it is now. */
    public static final String CHANGED = "saylau.unit.changed.v1";
    public static final String TOPIC = "saylau.territory";

    static UnitCreated of(Unit unit) {
        return new UnitCreated(unit.code, unit.name, unit.nameRu, unit.level, unit.parentCode, unit.districtCode, unit.regionCode,
                unit.closedAt != null);
    }
}
