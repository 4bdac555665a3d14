package kz.saylau.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh RSA key pair for each test run: tests sign their own tokens, as the gateway would. A service's tests take it
 * with {@code @QuarkusTestResource(TestKeys.class)} on one of their classes (Quarkus looks for test resources among
 * the tests' own classes, not in this jar).
 */
public class TestKeys implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            KeyPair pair = rsa();
            Path dir = Files.createDirectories(Path.of("target", "test-keys"));
            Path privateKey = dir.resolve("privateKey.pem");
            Path publicKey = dir.resolve("publicKey.pem");
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return Map.of("mp.jwt.verify.publickey.location", publicKey.toAbsolutePath().toString(),
                    "smallrye.jwt.sign.key.location", privateKey.toAbsolutePath().toString());
        } catch (Exception e) {
            throw new IllegalStateException("cannot make test keys", e);
        }
    }

    /** A new 2048-bit RSA key pair, as an issuer of tokens holds (this run's, or a test's own external provider). */
    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no RSA", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @Override
    public void stop() {
    }
}
