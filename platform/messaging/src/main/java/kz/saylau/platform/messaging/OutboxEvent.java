package kz.saylau.platform.messaging;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event written in the same transaction as the change it reports; the relay publishes it (events.md). */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID eventId;

    public String topic;

    @Column(name = "event_type")
    public String type;

    /** {@code ce_subject}, and also the record key, so that one subject's events stay in order on one partition. */
    public String subject;

    public String data;

    public Instant occurredAt;

    public boolean rehearsal;

    /** X-Request-Id of the call that caused the event; null for events of deadline work or other events. */
    public String requestId;

    /** W3C traceparent of the span that caused the event; null while tracing is off. */
    public String traceParent;

    public Instant publishedAt;
}
