package kz.saylau.candidate.nomination;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;


import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code personKey}: HMAC-SHA-256 of the IIN under a secret key, so analytics can match a person across elections
 * while no event carries the IIN (R-I2). The key comes from {@code SAYLAU_PERSON_KEY}; the dev default is marked as
 * such and the prod profile has none.
 */
@ApplicationScoped
public class PersonKeys {

    private final SecretKeySpec key;

    PersonKeys(PersonKeySettings config) {
        this.key = new SecretKeySpec(config.personKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String of(String iin) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(iin.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
