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

    @Test
    void R_T3_aClosedUnitTakesNoElectionAndNoChange() {
        UnitRules.requireOpen("U1", null, null);
        ProblemException election = assertThrows(ProblemException.class,
                () -> UnitRules.requireOpen("U1", java.time.Instant.parse("2024-01-01T00:00:00Z"), null));
        assertEquals("UNIT_CLOSED", election.code());
        assertEquals(422, election.status());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> UnitRules.requireOpen("U1", java.time.Instant.parse("2024-01-01T00:00:00Z"), "UNIT_CLOSED")).status());
    }

    @Test
    void R_T3_everyVersionIsARealChange() {
        Unit u = new Unit();
        u.code = "U1";
        u.name = "Қарабұлақ";
        u.parentCode = "D1";
        UnitRules.requireChange(u, new UnitChange("Қарабұлақ а.о.", null, null, "renamed"));
        UnitRules.requireChange(u, new UnitChange(null, "Карабулак", null, "Russian name"));
        UnitRules.requireChange(u, new UnitChange(null, null, "D2", "moved"));
        assertEquals("UNIT_UNCHANGED", assertThrows(ProblemException.class,
                () -> UnitRules.requireChange(u, new UnitChange("Қарабұлақ", null, "D1", "same"))).code());
    }
}
