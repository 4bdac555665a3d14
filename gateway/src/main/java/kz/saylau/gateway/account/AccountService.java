package kz.saylau.gateway.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.saylau.gateway.platform.GatewayConfig;
import kz.saylau.gateway.platform.ProblemException;

/** Accounts and the RS256 tokens the embedded issuer signs for them. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    /** bcrypt cost: slow enough to hurt guessing, fast enough for a login storm on 2 cores. */
    private static final int BCRYPT_COST = 10;
    /** Compared against when the username is unknown, so both failures take the same time; made on first need, not at start. */
    private static final class UnknownAccount {
        static final String HASH = BcryptUtil.bcryptHash("no such account", BCRYPT_COST);
    }

    public record AccountView(String username, List<String> roles, Map<String, String> scope, boolean enabled) {
        static AccountView of(Account a) {
            return new AccountView(a.username, a.roleList(), a.scope(), a.enabled);
        }
    }

    public record TokenAnswer(String access_token, String token_type, long expires_in) {
    }

    @Inject
    GatewayConfig config;

    /** The cec account exists from the first start, with the configured password. */
    void seed(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Account.findByIdOptional("cec").isEmpty()) {
                insert("cec", config.auth().adminPassword(), List.of("cec"), Map.of());
                LOG.info("seeded the cec account");
            }
        });
    }

    @Transactional
    public AccountView create(String username, String password, List<String> roles, Map<String, String> scope) {
        AccountRules.check(username, password, roles, scope);
        if (Account.findByIdOptional(username).isPresent()) {
            throw ProblemException.conflict("ACCOUNT_EXISTS", "account " + username + " exists already");
        }
        return AccountView.of(insert(username, password, roles, scope == null ? Map.of() : scope));
    }

    private Account insert(String username, String password, List<String> roles, Map<String, String> scope) {
        Account account = new Account();
        account.username = username;
        account.passwordHash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
        account.roles = String.join(",", roles);
        account.scopeRegion = scope.get("region");
        account.scopeDistrict = scope.get("district");
        account.scopePrecinct = scope.get("precinct");
        account.scopeParty = scope.get("party");
        account.enabled = true;
        account.createdAt = Instant.now();
        account.persist();
        return account;
    }

    /** A signed token for valid credentials; 401 without saying which part was wrong. */
    public TokenAnswer login(String username, String password) {
        Optional<Account> found = username == null ? Optional.empty() : Account.findByIdOptional(username);
        boolean matches = BcryptUtil.matches(password == null ? "" : password,
                found.map(a -> a.passwordHash).orElseGet(() -> UnknownAccount.HASH));
        if (found.isEmpty() || !matches || !found.get().enabled) {
            throw new ProblemException(401, "UNAUTHENTICATED", "wrong username or password");
        }
        Account account = found.get();
        Duration lifetime = config.auth().tokenLifetime();
        JwtClaimsBuilder claims = Jwt.issuer(config.auth().issuer())
                .upn(account.username)
                .subject(account.username)
                .groups(Set.copyOf(account.roleList()))
                .expiresIn(lifetime);
        account.scope().forEach(claims::claim);
        return new TokenAnswer(claims.sign(), "Bearer", lifetime.toSeconds());
    }
}
