package kz.saylau.ballot.platform;

import java.util.concurrent.ConcurrentHashMap;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * Verifies each bearer token's RS256 signature once and remembers the result until the token expires: a polling
 * station sends the same token with every request, and on election night the signature check was the largest
 * single cost of a protocol. Expiry is checked on every use (real time); the cache is bounded.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokens extends JWTCallerPrincipalFactory {

    static final int MAX = 20_000;

    private final DefaultJWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    private final ConcurrentHashMap<String, JWTCallerPrincipal> verified = new ConcurrentHashMap<>();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        long now = System.currentTimeMillis() / 1000;
        JWTCallerPrincipal known = verified.get(token);
        if (known != null && known.getExpirationTime() > now) {
            return known;
        }
        JWTCallerPrincipal principal = verifier.parse(token, authContextInfo);
        if (verified.size() >= MAX) {
            verified.values().removeIf(p -> p.getExpirationTime() <= now);
            if (verified.size() >= MAX) {
                verified.clear();
            }
        }
        verified.put(token, principal);
        return principal;
    }
}
