package kz.saylau.ballot.ballot;

import java.time.Duration;
import java.time.LocalDate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of domain.md Ballot, Voting day and R-X2, with its defaults. */
@ConfigMapping(prefix = "saylau.ballot")
public interface BallotSettings {

    /** R-B2 {@code against-all-since}: ballots of voting days on or after it carry the against-all line. */
    @WithDefault("2022-11-28")
    LocalDate againstAllSince();

    /** R-V2: a ballot token expires after this long (and at poll close). */
    @WithDefault("15m")
    Duration tokenLifetime();

    /** R-X2: the largest protocol photo accepted, in bytes (10 MB). */
    @WithDefault("10485760")
    int imageMaxBytes();
}
