package kz.saylau.results.anomaly;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The thresholds of domain.md R-X3 ("thresholds are settings"), with its values as defaults; their ranges are checked
 * as the service starts ({@link AnomalyRules#settingRanges}).
 */
@ConfigMapping(prefix = "saylau.anomaly")
public interface AnomalySettings {

    /** Turnout (ballots cast over voters on the list) above this percentage. */
    @WithDefault("95")
    double turnoutPct();

    /** One candidate above this percentage of valid votes. */
    @WithDefault("95")
    double candidatePct();

    /** Invalid ballots above this percentage of ballots cast. */
    @WithDefault("10")
    double invalidPct();

    /** A correction that moves more than this percentage of valid votes. */
    @WithDefault("10")
    double correctionPct();

    /** A precinct whose turnout lies more than this many standard deviations from its district's. */
    @WithDefault("3")
    double districtSigmas();
}
