package kz.saylau.ballot.evoting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the electronic box's key (docs/security.md "Electronic ballots"). */
@ConfigMapping(prefix = "saylau.evoting")
public interface EVotingSettings {

    /**
     * Rehearsal only: an election whose trustees were not named gets trustees held inside ballot-service, their
     * secrets derived from {@link #systemTrusteeSeed()}, so a demo or the acceptance scenario runs unattended.
     * Whoever has the seed and the database reads every ballot: a production start refuses it (SystemTrusteesCheck).
     */
    @WithDefault("false")
    boolean systemTrustees();

    /** The secret the system-held trustees' polynomials are derived from (dev default only). */
    @WithDefault("dev-only-trustee-seed-not-secret")
    String systemTrusteeSeed();

    /** How many system-held trustees, and how many of them decrypt. */
    @WithDefault("3")
    int systemSeats();

    @WithDefault("2")
    int systemThreshold();
}
