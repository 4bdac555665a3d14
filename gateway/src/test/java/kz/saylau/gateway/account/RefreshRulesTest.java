package kz.saylau.gateway.account;

import static kz.saylau.gateway.account.RefreshRules.Verdict.REFUSE;
import static kz.saylau.gateway.account.RefreshRules.Verdict.REVOKE_FAMILY;
import static kz.saylau.gateway.account.RefreshRules.Verdict.ROTATE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class RefreshRulesTest {

    final Instant now = Instant.parse("2027-07-25T05:00:00Z");
    final Instant later = now.plusSeconds(3600);

    @Test
    void aLiveUnusedTokenOfAnEnabledAccountRotates() {
        assertEquals(ROTATE, RefreshRules.verdict(true, null, null, later, true, now));
    }

    @Test
    void aUsedTokenRevokesItsFamilyEvenWhenExpiredButARevokedOneIsJustRefused() {
        assertEquals(REVOKE_FAMILY, RefreshRules.verdict(true, now.minusSeconds(5), null, later, true, now));
        assertEquals(REVOKE_FAMILY, RefreshRules.verdict(true, now.minusSeconds(5), null, now.minusSeconds(1), true, now));
        assertEquals(REFUSE, RefreshRules.verdict(true, now.minusSeconds(5), now.minusSeconds(1), later, true, now));
    }

    @Test
    void unknownExpiredOrDisabledIsRefused() {
        assertEquals(REFUSE, RefreshRules.verdict(false, null, null, later, true, now));
        assertEquals(REFUSE, RefreshRules.verdict(true, null, null, now, true, now));
        assertEquals(REFUSE, RefreshRules.verdict(true, null, null, later, false, now));
    }
}
