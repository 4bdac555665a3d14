package kz.saylau.results;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kz.saylau.results.anomaly.AnomalyRules;
import kz.saylau.results.anomaly.AnomalySettings;
import kz.saylau.results.result.ResultRules;
import kz.saylau.results.result.ResultSettings;

/** results-service does not start with a setting outside its range; each range lives with its rules. */
@ApplicationScoped
public class SettingsCheck {

    @Inject
    AnomalySettings anomaly;

    @Inject
    ResultSettings result;

    void check(@Observes StartupEvent start) {
        AnomalyRules.settingRanges(anomaly).refuseAny();
        ResultRules.settingRanges(result).refuseAny();
    }
}
