package kz.saylau.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a shared cache may keep and for how long (RFC 9111), as the gateway's copy of public reads applies it. */
class CacheRulesTest {

    private static final long LARGEST = 1024 * 1024;

    private static long lifetime(String cacheControl) {
        return CacheRules.lifetimeMillis(200, cacheControl, "Accept-Language", false, null, "120", LARGEST);
    }

    @Test
    void R_X5_aResultIsKeptForItsMaxAge() {
        assertEquals(2000, lifetime("max-age=2"));
        assertEquals(2000, lifetime("public, max-age=2"));
        assertEquals(5000, lifetime("max-age=60, s-maxage=5"), "s-maxage is the shared caches' own");
        assertEquals(1000, CacheRules.lifetimeMillis(200, "max-age=2", null, false, "1", "120", LARGEST),
                "an answer that was already a second old on arrival has a second left");
        assertEquals(0, CacheRules.lifetimeMillis(200, "max-age=2", null, false, "3", "120", LARGEST));
    }

    @Test
    void answersTheServiceDoesNotLetSharedCachesKeepAreNotKept() {
        for (String cacheControl : new String[] { null, "", "max-age=0", "no-store, max-age=2", "no-cache, max-age=2",
                "private, max-age=2", "private=\"Set-Cookie\", max-age=2", "max-age=two", "max-age=-1", "must-revalidate" }) {
            assertEquals(0, lifetime(cacheControl), String.valueOf(cacheControl));
        }
        assertEquals(0, CacheRules.lifetimeMillis(404, "max-age=2", null, false, null, "120", LARGEST), "only 200s");
        assertEquals(0, CacheRules.lifetimeMillis(200, "max-age=2", "*", false, null, "120", LARGEST), "Vary: *");
        assertEquals(0, CacheRules.lifetimeMillis(200, "max-age=2", null, true, null, "120", LARGEST), "a cookie");
        assertEquals(0, CacheRules.lifetimeMillis(200, "max-age=2", null, false, null, null, LARGEST), "no length");
        assertEquals(0, CacheRules.lifetimeMillis(200, "max-age=2", null, false, null, "2000000", LARGEST), "too long");
    }

    @Test
    void callsWithCredentialsOrAskingForTheServiceAreNotAnsweredFromACopy() {
        assertTrue(CacheRules.mayUseCopy(null, null, null));
        assertTrue(CacheRules.mayUseCopy(null, "max-age=5", null));
        assertFalse(CacheRules.mayUseCopy("Bearer x", null, null));
        assertFalse(CacheRules.mayUseCopy(null, "no-cache", null));
        assertFalse(CacheRules.mayUseCopy(null, "No-Store", null));
        assertFalse(CacheRules.mayUseCopy(null, "max-age=0", null));
        assertFalse(CacheRules.mayUseCopy(null, null, "no-cache"));
        assertTrue(CacheRules.mayUseCopy(null, "max-age=5", "no-cache"), "Cache-Control wins over Pragma");
    }

    @Test
    void theAgeSentIsRoundedUpSoNoCacheDownTheLineHoldsItLonger() {
        assertEquals(0, CacheRules.ageSeconds(0));
        assertEquals(1, CacheRules.ageSeconds(1));
        assertEquals(1, CacheRules.ageSeconds(1000));
        assertEquals(2, CacheRules.ageSeconds(1001));
    }

    @Test
    void ifNoneMatchComparesTagsWeakly() {
        assertTrue(CacheRules.matches("\"a1\"", "\"a1\""));
        assertTrue(CacheRules.matches("W/\"a1\"", "\"a1\""));
        assertTrue(CacheRules.matches("\"x\", W/\"a1\"", "\"a1\""));
        assertTrue(CacheRules.matches("*", "\"a1\""));
        assertFalse(CacheRules.matches("\"a2\"", "\"a1\""));
        assertFalse(CacheRules.matches(null, "\"a1\""));
        assertFalse(CacheRules.matches("\"a1\"", null));
    }

    @Test
    void varyNamesAreReadOnceEachLowerCased() {
        assertEquals(List.of("accept-language", "accept"), CacheRules.varyNames("Accept-Language, accept, ACCEPT-LANGUAGE"));
        assertEquals(List.of(), CacheRules.varyNames(null));
    }
}
