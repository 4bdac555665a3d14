package kz.saylau.gateway.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One line of the audit trail: who (account, roles, scope; or the service that published an event), what (method and
 * path, or the event type), about what (path or event subject), when, and the outcome. {@code seq}, {@code prevHash}
 * and {@code hash} chain it to the line before: changing any field of any line breaks every hash after it.
 */
public record AuditEntry(long seq, Instant occurredAt, Kind kind, String actor, String roles, String scope, String action,
        String subject, String outcome, String requestId, String eventId, String prevHash, String hash) {

    public enum Kind {
        /** A state-changing call through the gateway, or a login. */
        HTTP,
        /** A state change inside a service, as the event it published (events.md). */
        EVENT
    }

    /** What is known before the line gets its place in the chain. */
    public record Draft(Instant occurredAt, Kind kind, String actor, String roles, String scope, String action,
            String subject, String outcome, String requestId, String eventId) {

        public Draft {
            // PostgreSQL keeps microseconds: the hash must be over what is stored
            occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        }
    }

    public Draft draft() {
        return new Draft(occurredAt, kind, actor, roles, scope, action, subject, outcome, requestId, eventId);
    }
}
