package kz.saylau.ballot.station;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.web.JsonBodies;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.ballot.precinct.Precinct;

/**
 * Device keys and the check of signed station submissions (protocols and turnout). A submission that carries a
 * {@code Saylau-Signature} must verify against its precinct's registered key, whatever the setting: a wrong signature
 * is a warning sign, never ignored. Without one it is accepted unless {@code require-device-signature} is on.
 */
@ApplicationScoped
public class DeviceSignatures {

    @Inject
    JsonBodies bodies;

    public static final String HEADER = "Saylau-Signature";

    public record DeviceKeyView(String precinctCode, String algorithm, String publicKey, String fingerprint,
            Instant registeredAt, String registeredBy) {
    }

    public record NewDeviceKey(String publicKey) {
    }

    @Inject
    StationSettings config;

    /** The precinct's device key; a new registration replaces the old (a broken or lost device). */
    @Transactional
    public DeviceKeyView register(String code, NewDeviceKey body, Caller caller) {
        boolean ownStation = caller.actsFor("precinct", "precinct", code);
        if (!ownStation && !caller.has("tec")) {
            throw ProblemException.forbidden("a precinct registers its own device key, or the TEC of its district");
        }
        Precinct precinct = Precinct.<Precinct>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("precinct " + code));
        if (!ownStation) {
            caller.requireScope("tec", "district", precinct.districtCode);
        }
        PublicKey key;
        try {
            key = DeviceKeyRules.decode(body == null ? null : body.publicKey());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "VALIDATION_FAILED", "publicKey is not an Ed25519 public key",
                    List.of(new ProblemException.Violation("publicKey", e.getMessage())));
        }
        DeviceKey stored = DeviceKey.findById(code);
        if (stored == null) {
            stored = new DeviceKey();
            stored.precinctCode = code;
        }
        stored.publicKey = key.getEncoded();
        stored.registeredAt = Instant.now();
        stored.registeredBy = caller.name();
        stored.persist();
        return view(stored);
    }

    public DeviceKeyView find(String code) {
        DeviceKey stored = DeviceKey.findById(code);
        if (stored == null) {
            throw ProblemException.notFound("a device key of precinct " + code);
        }
        return view(stored);
    }

    /**
     * The signature to keep with the submission (null when none came), after checking it: 401 SIGNATURE_INVALID when
     * it is required and missing, or present and not a signature of exactly these bytes by the precinct's key.
     */
    private String check(String code, byte[] body, String signature) {
        if (signature == null || signature.isBlank()) {
            if (config.requireDeviceSignature()) {
                throw invalid("this submission must carry the Saylau-Signature of the station's device");
            }
            return null;
        }
        DeviceKey stored = DeviceKey.findById(code);
        if (stored == null) {
            throw invalid("precinct " + code + " has no registered device key to check the Saylau-Signature against");
        }
        if (!DeviceKeyRules.verifies(publicKey(stored), body, signature)) {
            throw invalid("the Saylau-Signature is not the device's signature of this exact body");
        }
        return signature.trim();
    }

    /** A station's submission: its body as sent, and the signature kept with it (null when none came). */
    public record Signed<T>(T body, String signature) {
    }

    /**
     * Reads a station's submission: the signature is checked on the exact bytes first, as {@link #check} does (so
     * 401 comes before 400), then the bytes are read and validated as {@code type}.
     */
    public <T> Signed<T> read(String code, byte[] raw, String signature, Class<T> type)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        String kept = check(code, raw, signature);
        return new Signed<>(bodies.read(raw, type), kept);
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(401, "SIGNATURE_INVALID", detail);
    }

    private static PublicKey publicKey(DeviceKey stored) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(stored.publicKey));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DeviceKeyView view(DeviceKey stored) {
        PublicKey key = publicKey(stored);
        return new DeviceKeyView(stored.precinctCode, "Ed25519", Base64.getEncoder().encodeToString(stored.publicKey),
                DeviceKeyRules.fingerprint(key), stored.registeredAt, stored.registeredBy);
    }
}
