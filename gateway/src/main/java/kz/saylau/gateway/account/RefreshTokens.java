package kz.saylau.gateway.account;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import kz.saylau.gateway.platform.GatewayConfig;
import kz.saylau.platform.web.Hashes;

/**
 * Refresh tokens (OAuth 2.0 Security BCP, RFC 9700 4.14.2: rotation with reuse detection): 32 random bytes, kept as
 * their SHA-256, each exchanged once for a new access token and a new refresh token of the same family. A used one
 * that comes back revokes its family. Written here rather than taken from a library: the OIDC server libraries for
 * Quarkus are whole identity providers, and the embedded issuer needs only these few rows.
 */
@ApplicationScoped
public class RefreshTokens {

    private static final Logger LOG = Logger.getLogger(RefreshTokens.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    GatewayConfig config;

    @Inject
    EntityManager em;

    /** A new token of {@code family} (a new family for a login) for {@code username}; returns its value. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(String username, UUID family) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        RefreshToken t = new RefreshToken();
        t.tokenHash = Hashes.sha256(value);
        t.username = username;
        t.family = family;
        t.issuedAt = Instant.now();
        t.expiresAt = t.issuedAt.plus(config.auth().refreshLifetime());
        t.persist();
        return value;
    }

    /**
     * The account the presented token stands for, the token used up; empty for any refusal (the caller answers 401
     * without saying which, and commits: a revoked family stays revoked). The row lock makes two uses of one token
     * take turns: the second is a reuse.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<Exchanged> use(String value) {
        RefreshToken t = value == null ? null : em.find(RefreshToken.class, Hashes.sha256(value), LockModeType.PESSIMISTIC_WRITE);
        Account account = t == null ? null : Account.findById(t.username);
        Instant now = Instant.now();
        RefreshRules.Verdict verdict = RefreshRules.verdict(t != null, t == null ? null : t.usedAt,
                t == null ? null : t.revokedAt, t == null ? now : t.expiresAt, account != null && account.enabled, now);
        switch (verdict) {
            case ROTATE -> {
                t.usedAt = now;
                return java.util.Optional.of(new Exchanged(account, t.family));
            }
            case REVOKE_FAMILY -> {
                LOG.warnf("a used refresh token of %s came back: its family %s is revoked", t.username, t.family);
                revokeFamily(t.family, now);
                return java.util.Optional.empty();
            }
            default -> {
                return java.util.Optional.empty();
            }
        }
    }

    public record Exchanged(Account account, UUID family) {
    }

    /** Logout (RFC 7009): the family of the presented token ends; an unknown token changes nothing. */
    @Transactional
    public void revoke(String value) {
        RefreshToken t = value == null ? null : em.find(RefreshToken.class, Hashes.sha256(value));
        if (t != null) {
            revokeFamily(t.family, Instant.now());
        }
    }

    /** Every live refresh token of an account: disabled, or its password changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int revokeAll(String username) {
        return em.createQuery("update RefreshToken t set t.revokedAt = :now where t.username = :u and t.revokedAt is null")
                .setParameter("now", Instant.now()).setParameter("u", username).executeUpdate();
    }

    private void revokeFamily(UUID family, Instant now) {
        em.createQuery("update RefreshToken t set t.revokedAt = :now where t.family = :f and t.revokedAt is null")
                .setParameter("now", now).setParameter("f", family).executeUpdate();
    }
}
