package kz.saylau.platform.messaging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.saylau.platform.web.Causes;
import kz.saylau.platform.web.ServiceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The idempotent consumer of events.md: an event's {@code ce_id} is recorded in the same transaction as its
 * effect, so a redelivered event is skipped. An event that cannot be applied (bad data) is recorded as rejected
 * with the reason, so that one bad record never blocks its partition; a database failure is not caught here and
 * the record is delivered again.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    OpenTelemetry telemetry;

    @Inject
    ServiceSettings service;

    public void receive(ConsumerRecord<String, String> record, Consumer<IncomingEvent> apply) {
        IncomingEvent event;
        try {
            event = parse(record);
        } catch (Exception e) {
            LOG.warnf("skipping a record that is not a Saylau CloudEvent (%s-%d@%d): %s",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            return;
        }
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> traced(record, event, () -> {
                    if (firstTime(event, "APPLIED", null)) {
                        sameWorld(event);
                        apply.accept(event);
                    }
                }));
                return;
            } catch (IllegalArgumentException | IllegalStateException | NullPointerException | ClassCastException
                    | java.time.DateTimeException e) {
                reject(event, e);
                return;
            } catch (jakarta.persistence.PersistenceException e) {
                String state = sqlState(e);
                if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                    reject(event, e); // data the schema refuses (too long, out of range, a broken constraint)
                    return;
                }
                if (state != null && state.startsWith("40") && attempt < 5) {
                    LOG.debugf("event %s met a concurrent transaction (%s); trying again", event.id(), state);
                    continue; // deadlock or serialization failure: the transaction is safe to run again
                }
                throw e; // the database is unwell: the record is not acknowledged and the channel reports it
            }
        }
    }

    /** R-X4: a rehearsal event and a real service (or a real event and a rehearsing one) never meet; REJECTED. */
    private void sameWorld(IncomingEvent event) {
        String mismatch = mismatch(event.rehearsal(), service.simulation());
        if (mismatch != null) {
            throw new IllegalArgumentException(mismatch);
        }
    }

    /** Why an event of this kind (rehearsal or not) is refused by a service in this mode; null when it is not. */
    static String mismatch(boolean rehearsalEvent, boolean simulationMode) {
        if (rehearsalEvent == simulationMode) {
            return null;
        }
        return rehearsalEvent ? "R-X4: a rehearsal event (ce_rehearsal true) is refused by a service not in simulation mode"
                : "R-X4: a real event (ce_rehearsal not true) is refused by a service in simulation mode";
    }

    private void reject(IncomingEvent event, Exception e) {
        LOG.warnf("event %s (%s) rejected: %s", event.id(), event.type(), e.getMessage());
        QuarkusTransaction.requiringNew().run(() -> firstTime(event, "REJECTED", String.valueOf(e.getMessage())));
    }

    private static String sqlState(Throwable e) {
        return Causes.chain(e).filter(java.sql.SQLException.class::isInstance)
                .map(t -> ((java.sql.SQLException) t).getSQLState()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * A batch of records in one transaction: each new event applied, then {@code end} (the transaction's last step).
     * Any failure rolls the whole batch back and is thrown: the caller then takes the records one at a time with
     * {@link #receive}, which records a bad event as rejected. Unparsable records are skipped, as one at a time.
     */
    public void receiveAll(Iterable<ConsumerRecord<String, String>> records, Consumer<IncomingEvent> apply, Runnable end) {
        List<Map.Entry<IncomingEvent, ConsumerRecord<String, String>>> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(Map.entry(parse(record), record));
            } catch (Exception e) {
                LOG.warnf("skipping a record that is not a Saylau CloudEvent (%s-%d@%d): %s",
                        record.topic(), record.partition(), record.offset(), e.getMessage());
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (var parsed : events) {
                IncomingEvent event = parsed.getKey();
                traced(parsed.getValue(), event, () -> {
                    if (firstTime(event, "APPLIED", null)) {
                        sameWorld(event);
                        apply.accept(event);
                    }
                });
            }
            end.run();
        });
    }

    private static final TextMapGetter<ConsumerRecord<String, String>> HEADERS =
            new TextMapGetter<>() {
                @Override
                public Iterable<String> keys(ConsumerRecord<String, String> record) {
                    return Arrays.stream(record.headers().toArray()).map(h -> h.key()).toList();
                }

                @Override
                public String get(ConsumerRecord<String, String> record, String key) {
                    return record == null ? null : IncomingEvent.header(record, key);
                }
            };

    /**
     * Applies one event in a span of the trace its record carries ({@code traceparent}), so the events its handling
     * publishes go on in that trace (the outbox reads the current context). With tracing off, nothing is extracted
     * and the span is a no-op.
     */
    private void traced(ConsumerRecord<String, String> record, IncomingEvent event, Runnable work) {
        Context parent = telemetry.getPropagators().getTextMapPropagator()
                .extract(Context.root(), record, HEADERS);
        Span span = telemetry.getTracer("saylau-events").spanBuilder(event.type() + " process")
                .setParent(parent).setSpanKind(SpanKind.CONSUMER).startSpan();
        try (Scope scope = span.makeCurrent()) {
            work.run();
        } finally {
            span.end();
        }
    }

    private IncomingEvent parse(ConsumerRecord<String, String> record) throws Exception {
        String id = IncomingEvent.header(record, "ce_id");
        String type = IncomingEvent.header(record, "ce_type");
        if (id == null || type == null || record.value() == null) {
            throw new IllegalArgumentException("ce_id, ce_type or the value is missing");
        }
        JsonNode data = mapper.readTree(record.value());
        return new IncomingEvent(id, type, IncomingEvent.header(record, "ce_source"),
                IncomingEvent.header(record, "ce_subject"),
                Boolean.parseBoolean(IncomingEvent.header(record, "ce_rehearsal")), data);
    }

    /** Records the event id; false if it was recorded before (a repeat delivery). */
    private boolean firstTime(IncomingEvent event, String outcome, String reason) {
        return em.createNativeQuery("""
                insert into processed_event (event_id, event_type, outcome, reason, processed_at)
                values (?1, ?2, ?3, ?4, now()) on conflict (event_id) do nothing""")
                .setParameter(1, event.id()).setParameter(2, event.type())
                .setParameter(3, outcome).setParameter(4, reason)
                .executeUpdate() == 1;
    }
}
