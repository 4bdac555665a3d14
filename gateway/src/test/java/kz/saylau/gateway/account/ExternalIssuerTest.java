package kz.saylau.gateway.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import kz.saylau.platform.testing.TestKeys;

/**
 * The production set-up with an external OIDC provider shaped like Keycloak: its JWKS, its issuer, its roles under
 * realm_access.roles, its scope as a plain claim. The gateway takes those tokens and no longer issues its own.
 */
@QuarkusTest
@TestProfile(ExternalIssuerTest.ExternalProvider.class)
class ExternalIssuerTest {

    static final String ISSUER = "https://idp.example.kz/realms/saylau";
    static final Path DIR = Path.of("target", "external-idp");

    public static class ExternalProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                KeyPair pair = TestKeys.rsa();
                RSAPublicKey key = (RSAPublicKey) pair.getPublic();
                Files.createDirectories(DIR);
                Files.writeString(DIR.resolve("jwks.json"), "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"idp-1\",\"use\":\"sig\","
                        + "\"alg\":\"RS256\",\"n\":\"" + b64(unsigned(key.getModulus())) + "\",\"e\":\""
                        + b64(unsigned(key.getPublicExponent())) + "\"}]}");
                Files.write(DIR.resolve("private.der"), pair.getPrivate().getEncoded());
                return Map.of("mp.jwt.verify.publickey.location", DIR.resolve("jwks.json").toAbsolutePath().toString(),
                        "mp.jwt.verify.issuer", ISSUER,
                        "smallrye.jwt.path.groups", "realm_access/roles",
                        "saylau.auth.embedded-issuer", "false");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static byte[] unsigned(BigInteger n) {
        byte[] bytes = n.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A token as Keycloak would sign it for a user with these realm roles and attributes. */
    static String providerToken(String user, String role, String scopeClaim, String scopeValue) throws Exception {
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(DIR.resolve("private.der"))));
        long now = System.currentTimeMillis() / 1000;
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"idp-1\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64(("{\"iss\":\"" + ISSUER + "\",\"sub\":\"4f1c2d\",\"preferred_username\":\"" + user + "\","
                + "\"realm_access\":{\"roles\":[\"" + role + "\",\"offline_access\"]},"
                + (scopeClaim == null ? "" : "\"" + scopeClaim + "\":\"" + scopeValue + "\",")
                + "\"iat\":" + now + ",\"exp\":" + (now + 300) + "}").getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return "Bearer " + header + "." + claims + "." + b64(rsa.sign());
    }

    @Test
    void theProvidersTokensAreTakenWithTheirRolesAndScope() throws Exception {
        given().header("Authorization", providerToken("aigerim", "tec", "district", "D7")).get("/api/auth/me")
                .then().statusCode(200).body("username", equalTo("aigerim"))
                .body("roles", org.hamcrest.Matchers.hasItem("tec")).body("scope.district", equalTo("D7"));
        // roles map onto the gateway's own checks: an observer reads the audit trail, a tec does not
        given().header("Authorization", providerToken("journalist", "observer", null, null)).get("/api/audit/verification")
                .then().statusCode(200);
        given().header("Authorization", providerToken("aigerim", "tec", "district", "D7")).get("/api/audit/verification")
                .then().statusCode(403);
    }

    @Test
    void theGatewayNoLongerIssuesTokensNorKeepsAccounts() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("username", "cec", "password", "cec-dev-password"))
                .post("/api/auth/token").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().header("Authorization", providerToken("admin", "cec", null, null)).get("/api/auth/accounts")
                .then().statusCode(404);
        // a token signed by anyone else (here: a key of its own with the right issuer) is refused
        Files.write(DIR.resolve("private.der.bak"), Files.readAllBytes(DIR.resolve("private.der")));
        try {
            Files.write(DIR.resolve("private.der"), TestKeys.rsa().getPrivate().getEncoded());
            given().header("Authorization", providerToken("mallory", "cec", null, null)).get("/api/auth/me")
                    .then().statusCode(401);
        } finally {
            Files.write(DIR.resolve("private.der"), Files.readAllBytes(DIR.resolve("private.der.bak")));
        }
        given().header("Authorization", providerToken("admin", "cec", null, null)).get("/api/auth/me")
                .then().statusCode(200).body("roles", org.hamcrest.Matchers.hasItem("cec"));
    }
}
