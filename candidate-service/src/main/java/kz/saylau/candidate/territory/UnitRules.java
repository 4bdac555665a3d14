package kz.saylau.candidate.territory;

import kz.saylau.platform.web.ProblemException;

/** Pure rules of the territory tree; unit-tested without Quarkus. */
public final class UnitRules {

    private UnitRules() {
    }

    /** R-T3: a closed unit takes no new election and no change; it stays for the elections it had. */
    public static void requireOpen(String code, java.time.Instant closedAt, String code409) {
        if (closedAt != null) {
            if (code409 != null) {
                throw ProblemException.conflict(code409, "unit " + code + " is closed");
            }
            throw ProblemException.rule("UNIT_CLOSED", "R-T3", "unit " + code + " is closed: it takes no new election");
        }
    }

    /** R-T3: a change that changes nothing is refused, so that every version in the history is a real change. */
    public static void requireChange(Unit unit, UnitChange change) {
        boolean renames = change.name() != null && !change.name().equals(unit.name);
        boolean renamesRu = change.nameRu() != null && !change.nameRu().equals(unit.nameRu);
        boolean moves = change.parentCode() != null && !change.parentCode().equals(unit.parentCode);
        if (!renames && !renamesRu && !moves) {
            throw ProblemException.conflict("UNIT_UNCHANGED", "unit " + unit.code + " already has these names and this parent");
        }
    }

    /**
     * R-T1: REGION → DISTRICT → RURAL. A REGION has no parent, a DISTRICT's parent is a REGION, a RURAL unit's
     * parent is a DISTRICT. {@code parentLevel} is null when there is no parent (or it is unknown).
     */
    public static void checkParent(UnitLevel level, String parentCode, UnitLevel parentLevel) {
        UnitLevel expected = switch (level) {
            case REGION -> null;
            case DISTRICT -> UnitLevel.REGION;
            case RURAL -> UnitLevel.DISTRICT;
        };
        if (expected == null && parentCode != null) {
            throw ProblemException.rule("UNIT_PARENT_INVALID", "R-T1", "a REGION has no parent unit");
        }
        if (expected != null && parentLevel != expected) {
            throw ProblemException.rule("UNIT_PARENT_INVALID", "R-T1", "the parent of a " + level + " must be a " + expected
                    + (parentCode == null ? "" : "; " + parentCode + (parentLevel == null ? " is unknown" : " is a " + parentLevel)));
        }
    }
}
