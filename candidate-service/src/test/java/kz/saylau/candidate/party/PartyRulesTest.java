package kz.saylau.candidate.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import kz.saylau.platform.web.ProblemException;

class PartyRulesTest {

    @Test
    void R_N9_aSuspendedPartyNominatesNoOne() {
        PartyRules.requireMayNominate("AMANAT", false);
        ProblemException e = assertThrows(ProblemException.class, () -> PartyRules.requireMayNominate("AMANAT", true));
        assertEquals("PARTY_SUSPENDED", e.code());
        assertEquals(422, e.status());
    }

    @Test
    void R_N9_everyVersionIsARealChange() {
        PartyRules.requireChange("Ақ жол", false, new PartyChange("Ақ жол ДП", null, "renamed"));
        PartyRules.requireChange("Ақ жол", false, new PartyChange(null, true, "suspended"));
        PartyRules.requireChange("Ақ жол", true, new PartyChange("Ақ жол", false, "lifted"));
        assertEquals("PARTY_UNCHANGED", assertThrows(ProblemException.class,
                () -> PartyRules.requireChange("Ақ жол", false, new PartyChange("Ақ жол", false, "same"))).code());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> PartyRules.requireChange("Ақ жол", true, new PartyChange(null, true, "again"))).status());
    }
}
