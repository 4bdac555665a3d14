package kz.saylau.gateway.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import kz.saylau.platform.web.ListPage;
import kz.saylau.platform.web.PageOf;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import io.quarkus.panache.common.Sort;
import kz.saylau.gateway.protection.RateLimitRules;
import kz.saylau.gateway.protection.RateLimits;
import kz.saylau.gateway.platform.GatewayConfig;
import kz.saylau.platform.web.ProblemException;

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

    public record AccountView(String username, List<String> roles, Map<String, String> scope, boolean enabled,
            Instant createdAt, @Schema(nullable = true) Instant lockedUntil) {
        static AccountView of(Account a) {
            Instant locked = a.lockedUntil != null && a.lockedUntil.isAfter(Instant.now()) ? a.lockedUntil : null;
            return new AccountView(a.username, a.roleList(), a.scope(), a.enabled, a.createdAt, locked);
        }
    }

    /** RFC 6749 5.1: a short-lived access token and the refresh token to get the next one with. */
    public record TokenAnswer(String access_token, String token_type, long expires_in, String refresh_token,
            long refresh_expires_in) {
    }

    @Inject
    GatewayConfig config;

    @Inject
    RateLimits limits;

    @Inject
    DisabledAccounts disabled;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    kz.saylau.gateway.audit.AuditTrail audit;

    /**
     * The cec account exists from the first start, with the configured password. Gateways starting together on a new
     * database (the cluster topology) take turns here, so one seeds it and the others find it.
     */
    void seed(@Observes StartupEvent start) {
        if (!config.auth().embeddedIssuer()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Account.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('saylau.gateway.seed'))")
                    .getSingleResult();
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
        assign(account, roles, scope);
        account.enabled = true;
        account.createdAt = Instant.now();
        account.persist();
        return account;
    }

    /** An account's roles and scope, as its tokens will carry them. */
    private static void assign(Account account, List<String> roles, Map<String, String> scope) {
        account.roles = String.join(",", roles);
        account.scopeRegion = scope.get("region");
        account.scopeDistrict = scope.get("district");
        account.scopePrecinct = scope.get("precinct");
        account.scopeParty = scope.get("party");
    }

    /** The accounts by username, a page at a time (cec). */
    public PageOf<AccountView> list(ListPage page) {
        return PageOf.of(Account.<Account>findAll(Sort.by("username")), page, AccountView::of);
    }

    public AccountView get(String username) {
        return Account.<Account>findByIdOptional(username).map(AccountView::of)
                .orElseThrow(() -> ProblemException.notFound("account " + username));
    }

    /**
     * The CEC's change of an account (AuthResource.AccountChange): enabled, a new password, new roles and scope. The
     * new roles and scope are checked as at creation; nobody disables their own account or takes their own cec role.
     * Tokens issued before keep the roles they were signed with until they expire (15 minutes by default); disabling an
     * account cuts them off at once.
     */
    public AccountView change(String username, AuthResource.AccountChange change, String caller) {
        AccountView changed = QuarkusTransaction.requiringNew().call(() -> {
            Account account = Account.<Account>findByIdOptional(username, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> ProblemException.notFound("account " + username));
            List<String> roles = change.roles() != null ? change.roles() : account.roleList();
            Map<String, String> scope = change.scope() != null ? change.scope() : account.scope();
            AccountRules.checkChange(username, change.password(), "password", roles, scope);
            if (username.equals(caller) && (Boolean.FALSE.equals(change.enabled()) || !roles.contains("cec"))) {
                throw ProblemException.conflict("ACCOUNT_SELF", "an account cannot disable itself or take away its own cec role");
            }
            if (change.enabled() != null) {
                account.enabled = change.enabled();
                if (change.enabled()) {
                    account.failedLogins = 0;
                    account.lockedUntil = null;
                }
            }
            if (change.password() != null) {
                account.passwordHash = BcryptUtil.bcryptHash(change.password(), BCRYPT_COST);
            }
            if (change.password() != null || Boolean.FALSE.equals(change.enabled())) {
                // a lost device or a leaked password: no refresh token of the account gets a new access token
                refreshTokens.revokeAll(username);
            }
            if (change.roles() != null || change.scope() != null) {
                assign(account, roles, scope);
            }
            return AccountView.of(account);
        });
        disabled.reload();
        return changed;
    }

    /** The holder's own password, changed with the one they have now (422 PASSWORD_WRONG otherwise). */
    @Transactional
    public AccountView changePassword(String username, String oldPassword, String newPassword) {
        Account account = Account.<Account>findByIdOptional(username, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("account " + username));
        if (!BcryptUtil.matches(oldPassword, account.passwordHash)) {
            throw new ProblemException(422, "PASSWORD_WRONG", "the old password is not this account's");
        }
        AccountRules.checkChange(username, newPassword, "newPassword", account.roleList(), account.scope());
        if (newPassword.equals(oldPassword)) {
            throw new ProblemException(422, "ACCOUNT_INVALID", "the new password is the old one",
                    List.of(new ProblemException.Violation("newPassword", "differs from the old password")));
        }
        account.passwordHash = BcryptUtil.bcryptHash(newPassword, BCRYPT_COST);
        refreshTokens.revokeAll(username);
        return AccountView.of(account);
    }

    /**
     * A signed token for valid credentials; 401 without saying which part was wrong. Failed logins are throttled per
     * username and per client address, and {@code lockout-after} failures in a row lock an existing account (429 with
     * Retry-After, even for the right password, until the lock ends). The checks come before bcrypt: a refused guess
     * costs no hashing.
     */
    public TokenAnswer login(String username, String password, String address, String requestId) {
        try {
            TokenAnswer answer = checkedLogin(username, password, address);
            recordLogin(username, "success", address, requestId);
            return answer;
        } catch (ProblemException e) {
            recordLogin(username, e.status() == 429 ? "refused (" + e.getMessage() + ")" : "failure", address, requestId);
            throw e;
        }
    }

    /** Every login, with the name it was tried for: who got in, and who is guessing from where. */
    private void recordLogin(String username, String outcome, String address, String requestId) {
        audit.record(new kz.saylau.gateway.audit.AuditEntry.Draft(Instant.now(), kz.saylau.gateway.audit.AuditEntry.Kind.HTTP,
                username, null, null, "LOGIN", "address " + address, outcome, requestId, null));
    }

    private TokenAnswer checkedLogin(String username, String password, String address) {
        limits.loginWait(username, address).ifPresent(seconds -> {
            throw ProblemException.rateLimited(seconds, "too many failed logins; try again later");
        });
        Optional<Account> found = username == null ? Optional.empty() : Account.findByIdOptional(username);
        Instant now = Instant.now();
        long lockedFor = found.map(a -> RateLimitRules.lockedForSeconds(a.lockedUntil, now)).orElse(0L);
        if (lockedFor > 0) {
            throw ProblemException.rateLimited(lockedFor, "this account is locked after repeated failed logins");
        }
        boolean matches = BcryptUtil.matches(password == null ? "" : password,
                found.map(a -> a.passwordHash).orElseGet(() -> UnknownAccount.HASH));
        if (found.isEmpty() || !matches || !found.get().enabled) {
            limits.loginFailed(username, address);
            if (found.isPresent() && !matches) {
                recordFailure(username, now);
            }
            throw new ProblemException(401, "UNAUTHENTICATED", "wrong username or password");
        }
        Account account = found.get();
        if (account.failedLogins > 0) {
            QuarkusTransaction.requiringNew().run(() -> Account.update("failedLogins = 0 where username = ?1", username));
        }
        return QuarkusTransaction.requiringNew().call(() -> tokens(account, UUID.randomUUID()));
    }

    /** An access token with the account's roles and scope as they are now, and a refresh token of {@code family}. */
    private TokenAnswer tokens(Account account, UUID family) {
        Duration lifetime = config.auth().tokenLifetime();
        JwtClaimsBuilder claims = Jwt.issuer(config.auth().issuer())
                .upn(account.username)
                .subject(account.username)
                .groups(Set.copyOf(account.roleList()))
                .expiresIn(lifetime);
        account.scope().forEach(claims::claim);
        return new TokenAnswer(claims.sign(), "Bearer", lifetime.toSeconds(), refreshTokens.issue(account.username, family),
                config.auth().refreshLifetime().toSeconds());
    }

    /**
     * A refresh token exchanged for a new pair (rotation): the roles and scope are read again, so a change of them
     * shows in the next access token. 401 for a token that is unknown, expired, revoked, used before (its family is
     * revoked then), or of a disabled account.
     */
    public TokenAnswer refresh(String refreshToken, String address, String requestId) {
        record Refreshed(String username, TokenAnswer answer) {
        }
        Refreshed refreshed = QuarkusTransaction.requiringNew().call(() -> refreshTokens.use(refreshToken)
                .map(e -> new Refreshed(e.account().username, tokens(e.account(), e.family()))).orElse(null));
        // a refusal is not a failed password (no lockout); the anonymous rate limit of the edge applies to it
        audit.record(new kz.saylau.gateway.audit.AuditEntry.Draft(Instant.now(), kz.saylau.gateway.audit.AuditEntry.Kind.HTTP,
                refreshed == null ? null : refreshed.username(), null, null, "REFRESH", "address " + address,
                refreshed == null ? "failure" : "success", requestId, null));
        if (refreshed == null) {
            throw new ProblemException(401, "UNAUTHENTICATED", "the refresh token is not valid; log in again");
        }
        return refreshed.answer();
    }

    /** An enrolled station device: its account, the key ballot-service registered, its first tokens. */
    public record StationDevice(String username, String precinctCode,
            com.fasterxml.jackson.databind.JsonNode deviceKey, String access_token,
            String token_type, long expires_in, String refresh_token, long refresh_expires_in) {
    }

    /**
     * The account of a station device whose key ballot-service has just registered: role precinct, scoped to its
     * precinct, a random password never shown (the device lives on its refresh tokens), signed in at once.
     */
    public StationDevice enrollStation(String precinctCode, com.fasterxml.jackson.databind.JsonNode deviceKey) {
        String username = "station-" + precinctCode.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 6);
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        TokenAnswer tokens = QuarkusTransaction.requiringNew().call(() -> {
            Account account = insert(username, java.util.Base64.getEncoder().encodeToString(secret), List.of("precinct"),
                    Map.of("precinct", precinctCode));
            return tokens(account, UUID.randomUUID());
        });
        LOG.infof("station device %s enrolled for precinct %s", username, precinctCode);
        return new StationDevice(username, precinctCode, deviceKey, tokens.access_token(), tokens.token_type(),
                tokens.expires_in(), tokens.refresh_token(), tokens.refresh_expires_in());
    }

    /** Logout: the refresh token's family is revoked (RFC 7009: an unknown token is no error). */
    public void revoke(String refreshToken) {
        refreshTokens.revoke(refreshToken);
    }

    private void recordFailure(String username, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> {
            Account account = Account.findById(username, LockModeType.PESSIMISTIC_WRITE);
            var after = RateLimitRules.afterFailure(account.failedLogins, config.limits().login().lockoutAfter(),
                    config.limits().login().lockoutFor(), now);
            account.failedLogins = after.consecutive();
            if (after.lockedUntil() != null) {
                account.lockedUntil = after.lockedUntil();
                LOG.warnf("account %s locked until %s after repeated failed logins", username, after.lockedUntil());
            }
        });
    }
}
