package kz.saylau.ballot.trustee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import kz.saylau.ballot.evoting.SystemTrusteesCheck;

/** Rehearsal trustees are for rehearsals: a production start refuses them. */
class SystemTrusteesCheckTest {

    @Test
    void productionRefusesSystemHeldTrustees() {
        assertEquals("unset SAYLAU_SYSTEM_TRUSTEES: system-held trustees can read every electronic ballot, which production"
                + " refuses (docs/security.md)", SystemTrusteesCheck.refused(true, true));
        assertNull(SystemTrusteesCheck.refused(true, false));
        assertNull(SystemTrusteesCheck.refused(false, true));
    }
}
