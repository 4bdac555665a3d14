package kz.saylau.ballot.station;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;

/** A polling station's device in tests: an Ed25519 key pair that signs the exact bytes it sends. */
final class StationKeys {

    final KeyPair pair;

    StationKeys() throws Exception {
        pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    /** The 32 raw bytes of the public key, base64, as a station's crypto chip gives them. */
    String rawPublicKey() {
        byte[] x509 = pair.getPublic().getEncoded();
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(x509, x509.length - 32, x509.length));
    }

    String x509PublicKey() {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    String sign(String body) throws Exception {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(body.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signer.sign());
    }
}
