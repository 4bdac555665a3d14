package kz.saylau.results.result;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of domain.md R-R3 and R-M1, with its defaults; their ranges are checked as the service starts
 * ({@link ResultRules#settingRanges}).
 */
@ConfigMapping(prefix = "saylau.results")
public interface ResultSettings {

    /** R-R3 {@code tie-policy}: the only policy the law knows is that a tie fails the election. */
    @WithDefault("fail")
    ResultRules.TiePolicy tiePolicy();

    /** R-R3 {@code min-turnout-pct}: 0 means none. */
    @WithDefault("0")
    double minTurnoutPct();

    /** R-R3 {@code against-all-policy}. */
    @WithDefault("no-effect")
    ResultRules.AgainstAllPolicy againstAllPolicy();

    /**
     * How often an instance looks for results changed by another instance (one consumer group) and for polls that
     * opened or closed; the scheduler's smallest step is one second.
     */
    @WithDefault("1s")
    java.time.Duration snapshotPoll();

    /** R-M1 {@code term-years}. */
    @WithDefault("4")
    int termYears();
}
