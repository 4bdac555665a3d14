package kz.saylau.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of the audit trail (pure). Each line's hash is SHA-256 over its sequence number, every field and the
 * previous line's hash; the first line's previous hash is {@link #GENESIS}. A verifier needs nothing but the lines.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The line for {@code draft} placed after the line with {@code prevSeq} and {@code prevHash}. */
    public static AuditEntry append(long prevSeq, String prevHash, AuditEntry.Draft draft) {
        long seq = prevSeq + 1;
        return new AuditEntry(seq, draft.occurredAt(), draft.kind(), draft.actor(), draft.roles(), draft.scope(),
                draft.action(), draft.subject(), draft.outcome(), draft.requestId(), draft.eventId(), prevHash,
                hash(seq, prevHash, draft));
    }

    public static String hash(long seq, String prevHash, AuditEntry.Draft d) {
        // fields joined with a separator that is escaped inside them, so no two different lines hash alike
        String canonical = String.join("\u001f", Long.toString(seq), d.occurredAt().toString(), d.kind().name(),
                text(d.actor()), text(d.roles()), text(d.scope()), text(d.action()), text(d.subject()),
                text(d.outcome()), text(d.requestId()), text(d.eventId()), prevHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String value) {
        return value == null ? "\u0000" : value.replace("\\", "\\\\").replace("\u001f", "\\u001f");
    }

    /** What a verification found: every line in order and chained, or the first line that is not. */
    public record Verdict(boolean valid, long entries, Long brokenAt, String reason, String lastHash) {
    }

    /** Checks lines given in sequence order, one at a time (the trail may be far larger than memory). */
    public static final class Verifier {
        private long expectedSeq = 1;
        private String prevHash = GENESIS;
        private long entries;
        private Verdict broken;

        /** False once a line broke the chain (later lines are not checked further). */
        public boolean accept(AuditEntry line) {
            if (broken != null) {
                return false;
            }
            String why = null;
            long at = line.seq();
            if (line.seq() != expectedSeq) {
                at = expectedSeq;
                why = "line " + expectedSeq + " is missing (found " + line.seq() + ")";
            } else if (!prevHash.equals(line.prevHash())) {
                why = "its previous hash is not the hash of line " + (expectedSeq - 1);
            } else if (!hash(line.seq(), line.prevHash(), line.draft()).equals(line.hash())) {
                why = "its content does not match its hash: it was changed after it was written";
            }
            if (why != null) {
                broken = new Verdict(false, entries, at, why, prevHash);
                return false;
            }
            entries++;
            expectedSeq++;
            prevHash = line.hash();
            return true;
        }

        public Verdict verdict() {
            return broken != null ? broken : new Verdict(true, entries, null, null, prevHash);
        }
    }
}
