package kz.saylau.results.anomaly;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kz.saylau.platform.web.SettingRanges;

/** The ranges of {@link AnomalySettings} (domain.md R-X3): no threshold below zero. */
@ApplicationScoped
public class AnomalySettingsCheck {

    @Inject
    AnomalySettings settings;

    void check(@Observes StartupEvent start) {
        ranges(settings).refuseAny();
    }

    static SettingRanges ranges(AnomalySettings s) {
        String p = "saylau.anomaly.";
        return new SettingRanges()
                .atLeast(p + "turnout-pct", s.turnoutPct(), 0)
                .atLeast(p + "candidate-pct", s.candidatePct(), 0)
                .atLeast(p + "invalid-pct", s.invalidPct(), 0)
                .atLeast(p + "correction-pct", s.correctionPct(), 0)
                .atLeast(p + "district-sigmas", s.districtSigmas(), 0);
    }
}
