package kz.saylau.results.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** R-X3's thresholds are settings; a negative one would flag every precinct, so the service does not start. */
class AnomalySettingsCheckTest {

    @Test
    void R_X3_domainThresholdsAreInRange() {
        assertEquals(List.of(), AnomalyRules.settingRanges(settings(Map.of())).problems());
    }

    @Test
    void R_X3_aNegativeThresholdIsNamed() {
        assertEquals(List.of("saylau.anomaly.district-sigmas is -1; it must be at least 0"),
                AnomalyRules.settingRanges(settings(Map.of("districtSigmas", -1.0))).problems());
    }

    private static AnomalySettings settings(Map<String, Object> instead) {
        Map<String, Object> values = new HashMap<>(Map.of("turnoutPct", 95.0, "candidatePct", 95.0, "invalidPct", 10.0,
                "correctionPct", 10.0, "districtSigmas", 3.0));
        values.putAll(instead);
        return (AnomalySettings) Proxy.newProxyInstance(AnomalySettings.class.getClassLoader(),
                new Class<?>[] { AnomalySettings.class }, (p, method, args) -> values.get(method.getName()));
    }
}
