package kz.saylau.results.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The ranges of the result settings; outside them the service does not start. */
class ResultSettingsCheckTest {

    @Test
    void R_R3_minTurnoutIsAPercentage() {
        assertEquals(List.of(), ResultRules.settingRanges(settings(0, 4)).problems());
        assertEquals(List.of(), ResultRules.settingRanges(settings(100, 4)).problems());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ResultRules.settingRanges(settings(150, 4)).refuseAny());
        assertEquals("settings out of range: saylau.results.min-turnout-pct is 150; it must be between 0 and 100",
                refused.getMessage());
    }

    @Test
    void R_M1_aTermOfNoYearsIsRefused() {
        assertEquals(List.of("saylau.results.term-years is 0; it must be at least 1"),
                ResultRules.settingRanges(settings(0, 0)).problems());
    }

    private static ResultSettings settings(double minTurnoutPct, int termYears) {
        Map<String, Object> values = Map.of("tiePolicy", ResultRules.TiePolicy.values()[0], "minTurnoutPct", minTurnoutPct,
                "againstAllPolicy", ResultRules.AgainstAllPolicy.values()[0], "snapshotPoll", Duration.ofSeconds(1),
                "termYears", termYears);
        return (ResultSettings) Proxy.newProxyInstance(ResultSettings.class.getClassLoader(),
                new Class<?>[] { ResultSettings.class }, (p, method, args) -> values.get(method.getName()));
    }
}
