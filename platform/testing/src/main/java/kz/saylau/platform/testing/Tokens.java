package kz.saylau.platform.testing;

import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Signs tokens the way the gateway does, for tests. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String user, String role, Map<String, String> scope) {
        var builder = Jwt.issuer("https://saylau.kz/gateway").upn(user).subject(user).groups(Set.of(role));
        scope.forEach(builder::claim);
        return builder.sign();
    }

    public static String cec() {
        return of("cec", "cec", Map.of());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
