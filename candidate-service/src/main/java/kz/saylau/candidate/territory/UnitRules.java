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
        if (!renames(unit, change) && !moves(unit, change)) {
            throw ProblemException.conflict("UNIT_UNCHANGED", "unit " + unit.code + " already has these names and this parent");
        }
    }

    /** The change gives the unit a new Kazakh or Russian name. */
    public static boolean renames(Unit unit, UnitChange change) {
        return change.name() != null && !change.name().equals(unit.name)
                || change.nameRu() != null && !change.nameRu().equals(unit.nameRu);
    }

    /** The change puts the unit under another parent. */
    public static boolean moves(Unit unit, UnitChange change) {
        return change.parentCode() != null && !change.parentCode().equals(unit.parentCode);
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
