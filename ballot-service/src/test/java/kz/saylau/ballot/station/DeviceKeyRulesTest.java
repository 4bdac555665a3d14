package kz.saylau.ballot.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;

import org.junit.jupiter.api.Test;

class DeviceKeyRulesTest {

    private static final String BODY = "{\"asOf\":\"2027-02-14T10:00:00+05:00\",\"ballotsIssued\":120}";

    @Test
    void rawAndX509FormsOfTheSameKeyAreTheSameKey() throws Exception {
        StationKeys station = new StationKeys();
        PublicKey raw = DeviceKeyRules.decode(station.rawPublicKey());
        PublicKey x509 = DeviceKeyRules.decode(station.x509PublicKey());
        assertEquals(DeviceKeyRules.fingerprint(raw), DeviceKeyRules.fingerprint(x509));
        assertEquals(64, DeviceKeyRules.fingerprint(raw).length());
    }

    @Test
    void onlyTheDevicesSignatureOfTheExactBytesVerifies() throws Exception {
        StationKeys station = new StationKeys();
        PublicKey key = DeviceKeyRules.decode(station.rawPublicKey());
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        assertTrue(DeviceKeyRules.verifies(key, body, station.sign(BODY)));
        // one byte different: the same figures with a space added
        assertFalse(DeviceKeyRules.verifies(key, body, station.sign(BODY.replace(":120", ": 120"))));
        assertFalse(DeviceKeyRules.verifies(key, body, new StationKeys().sign(BODY)));
        assertFalse(DeviceKeyRules.verifies(key, body, "not base64 at all!"));
        assertFalse(DeviceKeyRules.verifies(key, body, "AAAA"));
        assertFalse(DeviceKeyRules.verifies(key, body, null));
        // URL-safe base64 without padding is the same signature
        String urlSafe = station.sign(BODY).replace('+', '-').replace('/', '_').replace("=", "");
        assertTrue(DeviceKeyRules.verifies(key, body, urlSafe));
    }

    @Test
    void whatIsNotAnEd25519PublicKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DeviceKeyRules.decode("AAAA"));
        assertThrows(IllegalArgumentException.class, () -> DeviceKeyRules.decode("%%%"));
        assertThrows(IllegalArgumentException.class, () -> DeviceKeyRules.decode(null));
        assertThrows(IllegalArgumentException.class,
                () -> DeviceKeyRules.decode(java.util.Base64.getEncoder().encodeToString(new byte[44])));
    }
}
