package kz.saylau.gateway.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> lines = new ArrayList<>();
        long seq = 0;
        String hash = AuditChain.GENESIS;
        for (int i = 0; i < n; i++) {
            AuditEntry line = AuditChain.append(seq, hash, new AuditEntry.Draft(Instant.parse("2027-02-14T10:00:00.123456789Z")
                    .plusSeconds(i), AuditEntry.Kind.HTTP, "tec-" + i, "tec", "district=D1", "POST /api/elections",
                    "/api/elections", "201", "req-" + i, null));
            lines.add(line);
            seq = line.seq();
            hash = line.hash();
        }
        return lines;
    }

    private static AuditChain.Verdict verify(List<AuditEntry> lines) {
        AuditChain.Verifier v = new AuditChain.Verifier();
        lines.forEach(v::accept);
        return v.verdict();
    }

    @Test
    void anUntouchedChainVerifiesAndStartsFromGenesis() {
        List<AuditEntry> lines = chain(5);
        assertEquals(AuditChain.GENESIS, lines.get(0).prevHash());
        assertEquals(lines.get(0).hash(), lines.get(1).prevHash());
        AuditChain.Verdict verdict = verify(lines);
        assertTrue(verdict.valid());
        assertEquals(5, verdict.entries());
        assertEquals(lines.get(4).hash(), verdict.lastHash());
    }

    @Test
    void anEditedFieldIsFoundAtItsLine() {
        List<AuditEntry> lines = new ArrayList<>(chain(5));
        AuditEntry third = lines.get(2);
        lines.set(2, new AuditEntry(third.seq(), third.occurredAt(), third.kind(), third.actor(), third.roles(), third.scope(),
                third.action(), third.subject(), "403", third.requestId(), third.eventId(), third.prevHash(), third.hash()));
        AuditChain.Verdict verdict = verify(lines);
        assertFalse(verdict.valid());
        assertEquals(3L, verdict.brokenAt());
        assertEquals(2, verdict.entries());
    }

    @Test
    void aRemovedOrRehashedLineIsFound() {
        List<AuditEntry> removed = new ArrayList<>(chain(5));
        removed.remove(1);
        assertEquals(2L, verify(removed).brokenAt());
        // an edit that also recomputes its own hash still breaks the next line's link
        List<AuditEntry> rehashed = new ArrayList<>(chain(5));
        AuditEntry second = rehashed.get(1);
        AuditEntry.Draft forged = new AuditEntry.Draft(second.occurredAt(), second.kind(), "someone-else", second.roles(),
                second.scope(), second.action(), second.subject(), second.outcome(), second.requestId(), null);
        rehashed.set(1, AuditChain.append(1, second.prevHash(), forged));
        AuditChain.Verdict verdict = verify(rehashed);
        assertFalse(verdict.valid());
        assertEquals(3L, verdict.brokenAt());
    }

    @Test
    void fieldsCannotBeShiftedFromOneToTheNext() {
        AuditEntry.Draft a = new AuditEntry.Draft(Instant.EPOCH, AuditEntry.Kind.HTTP, "a\u001fb", null, null, "x", null, "201", null, null);
        AuditEntry.Draft b = new AuditEntry.Draft(Instant.EPOCH, AuditEntry.Kind.HTTP, "a", "b", null, "x", null, "201", null, null);
        assertNotEquals(AuditChain.hash(1, AuditChain.GENESIS, a), AuditChain.hash(1, AuditChain.GENESIS, b));
    }
}
