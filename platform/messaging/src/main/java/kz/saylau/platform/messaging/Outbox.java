package kz.saylau.platform.messaging;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.saylau.platform.web.RequestIds;
import kz.saylau.platform.web.ServiceSettings;

/** Records an event in the caller's transaction: it goes out if and only if the change commits. */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper mapper;

    @Inject
    EventSettings events;

    @Inject
    ServiceSettings service;

    @Inject
    OutboxRelay relay;

    @Inject
    io.opentelemetry.api.OpenTelemetry telemetry;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /**
     * @param topic   topic name of events.md (the configured prefix is added)
     * @param type    {@code ce_type}
     * @param subject {@code ce_subject}: the election id, or the unit/precinct/party code; also the record key
     * @param data    the payload, serialised as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, String type, String subject, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = events.topic(topic);
        event.type = type;
        event.subject = subject;
        try {
            event.data = mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be written as JSON", e);
        }
        // Event time is real time: it says when the system recorded the change, not the rehearsal's clock.
        event.occurredAt = Instant.now();
        event.rehearsal = service.simulation();
        event.requestId = RequestIds.current();
        // the current trace context, if tracing is on (a no-op propagator writes nothing when it is off)
        java.util.Map<String, String> trace = new java.util.HashMap<>(2);
        telemetry.getPropagators().getTextMapPropagator().inject(io.opentelemetry.context.Context.current(), trace,
                (carrier, key, value) -> carrier.put(key, value));
        event.traceParent = trace.get("traceparent");
        event.persist();
        // The relay polls anyway; waking it after the commit only makes the event go out sooner.
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
