package kz.saylau.candidate.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import kz.saylau.platform.web.ProblemException;

class UnitRulesTest {

    @Test
    void R_T1_ruralUnderDistrictUnderRegion() {
        UnitRules.checkParent(UnitLevel.REGION, null, null);
        UnitRules.checkParent(UnitLevel.DISTRICT, "R1", UnitLevel.REGION);
        UnitRules.checkParent(UnitLevel.RURAL, "D1", UnitLevel.DISTRICT);
    }

    @Test
    void R_T1_ruralUnderRegionIsRefused() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> UnitRules.checkParent(UnitLevel.RURAL, "R1", UnitLevel.REGION));
        assertEquals("UNIT_PARENT_INVALID", e.code());
        assertEquals(422, e.status());
        assertEquals(true, e.getMessage().startsWith("R-T1"));
    }

    @Test
    void R_T1_regionWithParentDistrictWithoutParentAndUnknownParentAreRefused() {
        assertEquals("UNIT_PARENT_INVALID", assertThrows(ProblemException.class,
                () -> UnitRules.checkParent(UnitLevel.REGION, "R0", UnitLevel.REGION)).code());
        assertEquals("UNIT_PARENT_INVALID", assertThrows(ProblemException.class,
                () -> UnitRules.checkParent(UnitLevel.DISTRICT, null, null)).code());
        assertEquals("UNIT_PARENT_INVALID", assertThrows(ProblemException.class,
                () -> UnitRules.checkParent(UnitLevel.RURAL, "NOPE", null)).code());
    }
}
