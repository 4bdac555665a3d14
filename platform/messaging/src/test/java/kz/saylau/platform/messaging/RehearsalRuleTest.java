package kz.saylau.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** R-X4: rehearsal data never mixes with real data, in either direction. */
class RehearsalRuleTest {

    @Test
    void R_X4_eachServiceTakesOnlyTheEventsOfItsOwnWorld() {
        assertNull(EventInbox.mismatch(true, true), "a rehearsal event in simulation mode");
        assertNull(EventInbox.mismatch(false, false), "a real event in a real service");
        assertEquals("R-X4: a rehearsal event (ce_rehearsal true) is refused by a service not in simulation mode",
                EventInbox.mismatch(true, false));
        assertEquals("R-X4: a real event (ce_rehearsal not true) is refused by a service in simulation mode",
                EventInbox.mismatch(false, true));
    }
}
