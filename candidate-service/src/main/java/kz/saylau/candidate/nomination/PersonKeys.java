package kz.saylau.candidate.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import kz.saylau.platform.web.Hashes;

/**
 * {@code personKey}: HMAC-SHA-256 of the IIN under a secret key, so analytics can match a person across elections
 * while no event carries the IIN (R-I2). The key comes from {@code SAYLAU_PERSON_KEY}; the dev default is marked as
 * such and the prod profile has none.
 */
@ApplicationScoped
public class PersonKeys {

    private final String key;

    PersonKeys(PersonKeySettings config) {
        this.key = config.personKey();
    }

    public String of(String iin) {
        return Hashes.hmacSha256Hex(key, iin);
    }
}
