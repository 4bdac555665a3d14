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

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_type", nullable = false)
    public String type;

    /** {@code ce_subject}, and also the record key, so that one subject's events stay in order on one partition. */
    @Column(nullable = false)
    public String subject;

    @Column(nullable = false, columnDefinition = "text")
    public String data;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public boolean rehearsal;

    /** X-Request-Id of the call that caused the event; null for events of deadline work or other events. */
    @Column(name = "request_id")
    public String requestId;

    /** W3C traceparent of the span that caused the event; null while tracing is off. */
    @Column(name = "trace_parent")
    public String traceParent;

    @Column(name = "published_at")
    public Instant publishedAt;
}
