package kz.saylau.gateway.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail in the NIST SP 1500-101 (v1) Election Event Logging JSON shape: one {@code Device} for the public
 * entry (the calls) and one for each service (the events it published), each line an {@code Event} whose
 * {@code Sequence} and {@code Hash} are the chain's, so the export can be verified without Saylau.
 */
public final class NistEventLog {

    /** Instants of the audit answers: microseconds (what the database keeps) and a numeric offset. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private NistEventLog() {
    }

    public static Map<String, Object> of(List<AuditEntry> lines, Instant generated, ZoneId zone, String details) {
        Map<String, List<Map<String, Object>>> byDevice = new LinkedHashMap<>();
        for (AuditEntry line : lines) {
            String device = line.kind() == AuditEntry.Kind.HTTP ? "saylau-gateway"
                    : line.actor() == null ? "unknown-service" : line.actor().replaceFirst("^/saylau/", "saylau-");
            byDevice.computeIfAbsent(device, d -> new ArrayList<>()).add(event(line, zone));
        }
        List<Map<String, Object>> devices = new ArrayList<>();
        byDevice.forEach((id, events) -> {
            Map<String, Object> device = new LinkedHashMap<>();
            device.put("@type", "EventLogging.Device");
            device.put("Id", id);
            device.put("Type", "ems");
            device.put("Manufacturer", "Saylau");
            device.put("Model", id);
            device.put("HashType", "sha-256");
            device.put("Details", "Hash: SHA-256 over the line's sequence, fields and the previous line's hash "
                    + "(the chain runs over all devices in Sequence order)");
            device.put("Event", events);
            devices.add(device);
        });
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("@type", "EventLogging.ElectionEventLog");
        log.put("GeneratedTime", TIME.format(generated.atZone(zone)));
        log.put("Details", details);
        log.put("Device", devices);
        return log;
    }

    private static Map<String, Object> event(AuditEntry line, ZoneId zone) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("@type", "EventLogging.Event");
        e.put("Id", line.action());
        String disposition = disposition(line.outcome());
        e.put("Disposition", disposition);
        if ("other".equals(disposition)) {
            e.put("OtherDisposition", line.outcome());
        }
        e.put("Sequence", Long.toString(line.seq()));
        e.put("TimeStamp", TIME.format(line.occurredAt().atZone(zone)));
        e.put("Type", line.kind() == AuditEntry.Kind.HTTP ? "user-action" : "application-action");
        e.put("Description", line.kind() == AuditEntry.Kind.HTTP
                ? line.action() + " answered " + line.outcome()
                : line.action() + " published about " + line.subject());
        StringBuilder details = new StringBuilder("subject=").append(nz(line.subject())).append("; outcome=")
                .append(line.outcome());
        if (line.roles() != null && !line.roles().isEmpty()) {
            details.append("; roles=").append(line.roles());
        }
        if (line.scope() != null && !line.scope().isEmpty()) {
            details.append("; scope=").append(line.scope());
        }
        if (line.requestId() != null) {
            details.append("; requestId=").append(line.requestId());
        }
        if (line.eventId() != null) {
            details.append("; eventId=").append(line.eventId());
        }
        details.append("; previousHash=").append(line.prevHash());
        e.put("Details", details.toString());
        e.put("Hash", line.hash());
        if (line.actor() != null) {
            e.put("UserId", line.actor());
        }
        return e;
    }

    /** 2xx and 3xx answers and published events succeeded; 4xx and 5xx answers failed. */
    static String disposition(String outcome) {
        if ("published".equals(outcome) || "success".equals(outcome)) {
            return "success";
        }
        if ("failure".equals(outcome)) {
            return "failure";
        }
        if (outcome != null && outcome.matches("\\d{3}")) {
            return outcome.charAt(0) == '2' || outcome.charAt(0) == '3' ? "success" : "failure";
        }
        return "other";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
