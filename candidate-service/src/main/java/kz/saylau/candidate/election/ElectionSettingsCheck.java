package kz.saylau.candidate.election;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kz.saylau.platform.web.SettingRanges;

/** The ranges of {@link ElectionSettings} (domain.md "Calendar", R-N2, R-N5, R-N6, R-N8, R-R5, R-M3). */
@ApplicationScoped
public class ElectionSettingsCheck {

    @Inject
    ElectionSettings settings;

    void check(@Observes StartupEvent start) {
        ranges(settings).refuseAny();
    }

    static SettingRanges ranges(ElectionSettings s) {
        String p = "saylau.election.";
        return new SettingRanges()
                .atLeast(p + "repeat-after-days", s.repeatAfterDays(), 1)
                .atLeast(p + "by-election-after-days", s.byElectionAfterDays(), 1)
                .atLeast(p + "calendar.nomination-closes-days-before", s.calendar().nominationClosesDaysBefore(), 1)
                .atLeast(p + "calendar.registration-closes-days-before", s.calendar().registrationClosesDaysBefore(), 1)
                .atLeast(p + "calendar.min-days-called-before-vote", s.calendar().minDaysCalledBeforeVote(), 1)
                .atLeast(p + "nomination.minimum-age", s.nomination().minimumAge(), 18)
                .atLeast(p + "nomination.self-nomination-signatures-pct", s.nomination().selfNominationSignaturesPct(), 0)
                .between(p + "nomination.fallback-days", s.nomination().fallbackDays(), 3, 5)
                .atLeast(p + "nomination.registration-days-after-fallback", s.nomination().registrationDaysAfterFallback(), 0)
                .atLeast(p + "nomination.withdrawal-closes-days-before", s.nomination().withdrawalClosesDaysBefore(), 0);
    }
}
