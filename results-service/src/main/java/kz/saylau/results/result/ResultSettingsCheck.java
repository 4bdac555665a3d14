package kz.saylau.results.result;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kz.saylau.platform.web.SettingRanges;

/** The ranges of {@link ResultSettings} (domain.md R-R3, R-M1). */
@ApplicationScoped
public class ResultSettingsCheck {

    @Inject
    ResultSettings settings;

    void check(@Observes StartupEvent start) {
        ranges(settings).refuseAny();
    }

    static SettingRanges ranges(ResultSettings s) {
        return new SettingRanges()
                .between("saylau.results.min-turnout-pct", s.minTurnoutPct(), 0, 100)
                .atLeast("saylau.results.term-years", s.termYears(), 1);
    }
}
