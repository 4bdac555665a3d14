package kz.saylau.candidate.election;

import java.time.LocalTime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The settings of domain.md "Calendar", "Nomination and registration", R-R5 and R-M3, with its defaults
 * (the 2023 practice; the July 2021 wave used 16 and 11 days for the two closing deadlines). Their ranges are
 * checked as the service starts: {@link ElectionSettingsCheck}.
 */
@ConfigMapping(prefix = "saylau.election")
public interface ElectionSettings {

    Calendar calendar();

    Nomination nomination();

    /** R-R5: a failed election's repeat is held the first Sunday at least this many days after it failed. */
    @WithDefault("60")
    int repeatAfterDays();

    /** R-M3: a by-election is held the first Sunday at least this many days after the termination decision. */
    @WithDefault("60")
    int byElectionAfterDays();

    interface Calendar {
        /** All deadlines fall at this local time unless said otherwise. */
        @WithDefault("18:00")
        LocalTime deadlineTime();

        /** {@code nomination-closes}: this many days before voting day, at the deadline time. */
        @WithDefault("26")
        int nominationClosesDaysBefore();

        /** {@code registration-closes}: this many days before voting day, at the deadline time. */
        @WithDefault("21")
        int registrationClosesDaysBefore();

        @WithDefault("07:00")
        LocalTime pollsOpen();

        @WithDefault("20:00")
        LocalTime pollsClose();

        /** R-C1 {@code min-days-called-before-vote}. */
        @WithDefault("30")
        int minDaysCalledBeforeVote();
    }

    interface Nomination {
        /** R-N2: minimum age on voting day. */
        @WithDefault("25")
        int minimumAge();

        /** R-N5 {@code self-nomination-signatures-pct}: of the unit's electorate, rounded up. */
        @WithDefault("1.0")
        double selfNominationSignaturesPct();

        /** R-N6 {@code fallback-days} (3–5). */
        @WithDefault("5")
        int fallbackDays();

        /** R-N6 {@code fallback-mode}. */
        @WithDefault("district-akim")
        FallbackMode fallbackMode();

        /** R-N6: registration closes at least this many days after the fallback window. */
        @WithDefault("2")
        int registrationDaysAfterFallback();

        /** R-N8: withdrawal is possible until this many days before voting day (at the deadline time). */
        @WithDefault("5")
        int withdrawalClosesDaysBefore();
    }
}
