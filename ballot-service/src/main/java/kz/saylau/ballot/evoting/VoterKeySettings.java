package kz.saylau.ballot.evoting;

import io.smallrye.config.ConfigMapping;

/** The secret of the "has voted" register (prefix {@code saylau}; R-I2, R-V2). */
@ConfigMapping(prefix = "saylau")
public interface VoterKeySettings {

    /** The secret key of the "has voted" register's IIN hashes (R-I2, R-V2); dev default only in the repo. */
    String voterKey();
}
