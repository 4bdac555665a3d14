package kz.saylau.gateway.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Appends to the audit trail. Lines get their place in the chain inside one transaction that holds an advisory lock,
 * so several gateway instances still write one unbroken chain. An answered call's line is committed before its answer
 * leaves ({@link #recordDurably}): the lines of calls answered at the same moment share one commit (a group commit), so
 * a client waits one short transaction, not one per line. Events are written before their Kafka offset is committed,
 * so none is lost, and an event seen twice is written once.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);
    /** The advisory lock key that serializes appends (any constant; "audit" in ASCII). */
    private static final long LOCK = 0x6175646974L;

    private final ConcurrentLinkedQueue<AuditEntry.Draft> pending = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final DataSource db;
    private final Vertx vertx;

    /** A line and the answer that waits for its commit. */
    private record Waiting(AuditEntry.Draft draft, Context context, Promise<Void> committed) {
    }

    AuditTrail(DataSource db, Vertx vertx) {
        this.db = db;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent start) {
        vertx.setPeriodic(100, id -> {
            if (!pending.isEmpty()) {
                vertx.executeBlocking(() -> {
                    flush();
                    return null;
                }, true);
            }
        });
    }

    void stop(@Observes ShutdownEvent stop) {
        flush();
    }

    /** Queued; written within about 100 ms (for lines no answer waits for). */
    public void record(AuditEntry.Draft draft) {
        pending.add(draft);
    }

    /**
     * Committed before the future completes, on the caller's context. If the database does not take it, the future
     * fails and the line goes back to the queue, to be written once the database answers again.
     */
    public Future<Void> recordDurably(AuditEntry.Draft draft) {
        Context context = vertx.getOrCreateContext();
        Promise<Void> committed = Promise.promise();
        waiting.add(new Waiting(draft, context, committed));
        writeWaiting();
        return committed.future();
    }

    /** One writer at a time, off the event loop; it takes everything that waits, in one transaction. */
    private void writeWaiting() {
        if (!writing.compareAndSet(false, true)) {
            return;
        }
        vertx.executeBlocking(() -> {
            try {
                while (!waiting.isEmpty()) {
                    List<Waiting> batch = new ArrayList<>();
                    for (Waiting w; batch.size() < 5000 && (w = waiting.poll()) != null;) {
                        batch.add(w);
                    }
                    List<AuditEntry.Draft> drafts = batch.stream().map(Waiting::draft).toList();
                    try {
                        append(drafts);
                        batch.forEach(w -> w.context().runOnContext(v -> w.committed().complete()));
                    } catch (SQLException | RuntimeException e) {
                        LOG.warnf("audit trail: %d lines wait for the database (%s)", batch.size(), e.getMessage());
                        pending.addAll(drafts);
                        batch.forEach(w -> w.context().runOnContext(v -> w.committed().fail(e)));
                    }
                }
            } finally {
                writing.set(false);
            }
            if (!waiting.isEmpty()) {
                writeWaiting(); // a line that came in as this writer stopped
            }
            return null;
        }, false);
    }

    /** Writes what is queued now. */
    public void flush() {
        List<AuditEntry.Draft> batch = new ArrayList<>();
        for (AuditEntry.Draft d; batch.size() < 5000 && (d = pending.poll()) != null;) {
            batch.add(d);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            append(batch);
        } catch (SQLException e) {
            // back to the queue: written at the next flush, once the database answers again
            LOG.warnf("audit trail: %d lines wait for the database (%s)", batch.size(), e.getMessage());
            pending.addAll(batch);
        }
    }

    /** Writes these lines now, in this order, after the last line of the chain; events already in the trail are skipped. */
    public synchronized void append(List<AuditEntry.Draft> drafts) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, LOCK);
                    lock.execute();
                }
                List<AuditEntry.Draft> fresh = withoutKnownEvents(c, drafts);
                long seq = 0;
                String hash = AuditChain.GENESIS;
                try (PreparedStatement last = c.prepareStatement("select seq, hash from audit_entry order by seq desc limit 1");
                        ResultSet rs = last.executeQuery()) {
                    if (rs.next()) {
                        seq = rs.getLong(1);
                        hash = rs.getString(2);
                    }
                }
                try (PreparedStatement insert = c.prepareStatement("""
                        insert into audit_entry (seq, occurred_at, kind, actor, roles, scope, action, subject, outcome,
                            request_id, event_id, prev_hash, hash, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())""")) {
                    for (AuditEntry.Draft d : fresh) {
                        AuditEntry line = AuditChain.append(seq, hash, d);
                        insert.setLong(1, line.seq());
                        insert.setObject(2, line.occurredAt().atOffset(java.time.ZoneOffset.UTC));
                        insert.setString(3, line.kind().name());
                        insert.setString(4, line.actor());
                        insert.setString(5, line.roles());
                        insert.setString(6, line.scope());
                        insert.setString(7, line.action());
                        insert.setString(8, line.subject());
                        insert.setString(9, line.outcome());
                        insert.setString(10, line.requestId());
                        insert.setString(11, line.eventId());
                        insert.setString(12, line.prevHash());
                        insert.setString(13, line.hash());
                        insert.addBatch();
                        seq = line.seq();
                        hash = line.hash();
                    }
                    insert.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static List<AuditEntry.Draft> withoutKnownEvents(Connection c, List<AuditEntry.Draft> drafts) throws SQLException {
        Set<String> ids = new HashSet<>();
        drafts.stream().filter(d -> d.eventId() != null).forEach(d -> ids.add(d.eventId()));
        Set<String> known = new HashSet<>();
        if (!ids.isEmpty()) {
            try (PreparedStatement q = c.prepareStatement("select event_id from audit_entry where event_id = any(?)")) {
                q.setArray(1, c.createArrayOf("varchar", ids.toArray()));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        known.add(rs.getString(1));
                    }
                }
            }
        }
        List<AuditEntry.Draft> fresh = new ArrayList<>();
        for (AuditEntry.Draft d : drafts) {
            if (d.eventId() == null || known.add(d.eventId())) {
                fresh.add(d);
            }
        }
        return fresh;
    }

    /** Lines in sequence order, filtered, one at a time (for the export and the verifier). */
    public void read(java.time.Instant from, java.time.Instant to, String subject, long offset, long limit,
            Consumer<AuditEntry> each) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false); // lets the driver stream with a fetch size instead of loading everything
            try (PreparedStatement q = c.prepareStatement("""
                    select seq, occurred_at, kind, actor, roles, scope, action, subject, outcome, request_id, event_id,
                        prev_hash, hash
                    from audit_entry
                    """ + FILTER + " order by seq offset ? limit ?")) {
                filter(q, from, to, subject);
                q.setLong(7, offset);
                q.setLong(8, limit);
                q.setFetchSize(1000);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        each.accept(new AuditEntry(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                                AuditEntry.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                                rs.getString(12), rs.getString(13)));
                    }
                }
            } finally {
                c.rollback();
            }
        }
    }

    public long count(java.time.Instant from, java.time.Instant to, String subject) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*) from audit_entry " + FILTER)) {
            filter(q, from, to, subject);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The lines of {@code from}..{@code to} about {@code subject}; each bound by {@link #filter}, null for "any". */
    private static final String FILTER = """
            where (?::timestamptz is null or occurred_at >= ?::timestamptz)
              and (?::timestamptz is null or occurred_at < ?::timestamptz)
              and (?::text is null or strpos(subject, ?::text) > 0)""";

    private static void filter(PreparedStatement q, java.time.Instant from, java.time.Instant to, String subject)
            throws SQLException {
        java.time.OffsetDateTime f = from == null ? null : from.atOffset(java.time.ZoneOffset.UTC);
        java.time.OffsetDateTime t = to == null ? null : to.atOffset(java.time.ZoneOffset.UTC);
        q.setObject(1, f, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        q.setObject(2, f, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        q.setObject(3, t, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        q.setObject(4, t, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        q.setString(5, subject);
        q.setString(6, subject);
    }
}
