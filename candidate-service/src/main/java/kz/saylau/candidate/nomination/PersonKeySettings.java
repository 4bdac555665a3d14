package kz.saylau.candidate.nomination;

import io.smallrye.config.ConfigMapping;

/** The secret of personKey hashes (prefix {@code saylau}; R-I2). */
@ConfigMapping(prefix = "saylau")
public interface PersonKeySettings {

    /** The secret key of {@code personKey} hashes of IINs (R-I2); dev default only, production sets SAYLAU_PERSON_KEY. */
    String personKey();
}
