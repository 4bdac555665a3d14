package kz.saylau.candidate.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The ranges a commission may set the election settings to; outside them the service does not start. */
class ElectionSettingsCheckTest {

    @Test
    void domainDefaultsAreInRange() {
        assertEquals(List.of(), ElectionSettingsCheck.ranges(settings(Map.of(), Map.of())).problems());
    }

    @Test
    void R_N6_fallbackDaysOutsideThreeToFiveStopTheStart() {
        for (int days : new int[] { 2, 6 }) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> ElectionSettingsCheck.ranges(settings(Map.of(), Map.of("fallbackDays", days))).refuseAny());
            assertEquals("settings out of range: saylau.election.nomination.fallback-days is " + days
                    + "; it must be between 3 and 5", refused.getMessage());
        }
        for (int days = 3; days <= 5; days++) {
            assertEquals(List.of(), ElectionSettingsCheck.ranges(settings(Map.of(), Map.of("fallbackDays", days))).problems());
        }
    }

    @Test
    void R_N2_aMinimumAgeUnderEighteenAndANegativeSignatureShareAreEachNamed() {
        List<String> problems = ElectionSettingsCheck.ranges(settings(Map.of(),
                Map.of("minimumAge", 16, "selfNominationSignaturesPct", -0.5))).problems();
        assertEquals(List.of("saylau.election.nomination.minimum-age is 16; it must be at least 18",
                "saylau.election.nomination.self-nomination-signatures-pct is -0.5; it must be at least 0"), problems);
    }

    @Test
    void aCalendarDeadlineOfZeroDaysBeforeTheVoteIsRefused() {
        List<String> problems = ElectionSettingsCheck.ranges(settings(Map.of("nominationClosesDaysBefore", 0), Map.of()))
                .problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("saylau.election.calendar.nomination-closes-days-before is 0"));
    }

    /** domain.md's defaults, with the given values instead. */
    private static ElectionSettings settings(Map<String, Object> calendar, Map<String, Object> nomination) {
        Map<String, Object> c = new HashMap<>(Map.of("deadlineTime", LocalTime.of(18, 0), "nominationClosesDaysBefore", 26,
                "registrationClosesDaysBefore", 21, "pollsOpen", LocalTime.of(7, 0), "pollsClose", LocalTime.of(20, 0),
                "minDaysCalledBeforeVote", 30));
        c.putAll(calendar);
        Map<String, Object> n = new HashMap<>(Map.of("minimumAge", 25, "selfNominationSignaturesPct", 1.0, "fallbackDays", 5,
                "fallbackMode", FallbackMode.values()[0], "registrationDaysAfterFallback", 2, "withdrawalClosesDaysBefore", 5));
        n.putAll(nomination);
        Map<String, Object> root = Map.of("calendar", proxy(ElectionSettings.Calendar.class, c),
                "nomination", proxy(ElectionSettings.Nomination.class, n), "repeatAfterDays", 60, "byElectionAfterDays", 60);
        return proxy(ElectionSettings.class, root);
    }

    private static <T> T proxy(Class<T> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (p, method, args) -> values.get(method.getName())));
    }
}
