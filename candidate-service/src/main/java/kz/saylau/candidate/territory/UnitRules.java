package kz.saylau.candidate.territory;

import kz.saylau.platform.web.ProblemException;

/** Pure rules of the territory tree; unit-tested without Quarkus. */
public final class UnitRules {

    private UnitRules() {
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
