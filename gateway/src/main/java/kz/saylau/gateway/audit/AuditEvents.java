package kz.saylau.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The services' state changes, as the events they publish on every topic of events.md, into the audit trail: the
 * type, the publishing service, the subject, when it happened. Never the payload (names, figures and person keys
 * stay in the services). Written before the offsets are committed; an event delivered twice is one line.
 */
@ApplicationScoped
public class AuditEvents {

    private static final Logger LOG = Logger.getLogger(AuditEvents.class);

    private final AuditTrail trail;

    AuditEvents(AuditTrail trail) {
        this.trail = trail;
    }

    @Incoming("audit")
    @Blocking(ordered = true)
    public void events(ConsumerRecords<String, String> records) throws Exception {
        List<AuditEntry.Draft> drafts = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            String id = header(r, "ce_id");
            String type = header(r, "ce_type");
            if (id == null || type == null) {
                LOG.warnf("not a CloudEvent on %s at offset %d: not audited", r.topic(), r.offset());
                continue;
            }
            drafts.add(new AuditEntry.Draft(time(header(r, "ce_time")), AuditEntry.Kind.EVENT, header(r, "ce_source"),
                    null, null, type, header(r, "ce_subject"), "published", header(r, "ce_requestid"), id));
        }
        if (drafts.isEmpty()) {
            return;
        }
        // the database may be away for a while: wait for it rather than drop lines or stop the channel
        for (int attempt = 1;; attempt++) {
            try {
                trail.append(drafts);
                return;
            } catch (SQLException e) {
                if (attempt >= 60) {
                    throw e;
                }
                LOG.warnf("audit trail: %d events wait for the database (%s)", drafts.size(), e.getMessage());
                Thread.sleep(1000);
            }
        }
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Instant time(String ceTime) {
        try {
            return ceTime == null ? Instant.now() : OffsetDateTime.parse(ceTime).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.now();
        }
    }
}
