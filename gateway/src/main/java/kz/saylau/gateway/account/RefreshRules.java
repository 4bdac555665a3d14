package kz.saylau.gateway.account;

import java.time.Instant;

/** What a presented refresh token allows (api.md "Authentication and roles"); pure. */
public final class RefreshRules {

    private RefreshRules() {
    }

    public enum Verdict {
        /** Exchanged for a new pair; the presented one is used up. */
        ROTATE,
        /** Refused: unknown, expired, revoked, or its account disabled. */
        REFUSE,
        /** Refused, and its whole family revoked: a used token came back, so a copy of it is in other hands. */
        REVOKE_FAMILY
    }

    public static Verdict verdict(boolean known, Instant usedAt, Instant revokedAt, Instant expiresAt,
            boolean accountEnabled, Instant now) {
        if (!known || revokedAt != null) {
            return Verdict.REFUSE;
        }
        if (usedAt != null) {
            return Verdict.REVOKE_FAMILY;
        }
        if (!now.isBefore(expiresAt) || !accountEnabled) {
            return Verdict.REFUSE;
        }
        return Verdict.ROTATE;
    }
}
