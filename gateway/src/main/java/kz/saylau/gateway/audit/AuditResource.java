package kz.saylau.gateway.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.saylau.platform.web.ServiceSettings;
import kz.saylau.platform.web.ProblemException;

/** The audit trail for the CEC and observers: lines, their NIST SP 1500-101 export, and the chain's verification. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "cec", "observer" })
public class AuditResource {

    private static final DateTimeFormatter TIME = NistEventLog.TIME;

    @Inject
    AuditTrail trail;

    @Inject
    ServiceSettings config;

    public record Line(long seq, String occurredAt, String kind, String actor, String roles, String scope, String action,
            String subject, String outcome, String requestId, String eventId, String prevHash, String hash) {
    }

    /**
     * {@code from}/{@code to}: instants (from inclusive, to exclusive); {@code subject}: an election id, a code or a
     * path part; {@code format=nist-1500-101} for the NIST event log of the same lines.
     */
    @GET
    @APIResponse(responseCode = "200", description = "the lines in sequence order; with format=nist-1500-101 the NIST event log of them", content = @Content(mediaType = "application/json", schema = @Schema(oneOf = { AuditResource.Line[].class, Object.class })))
    public Response lines(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("subject") @Size(max = 200) String subject, @QueryParam("format") String format,
            @QueryParam("page") @DefaultValue("0") @Min(0) long page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(100_000) long size) throws SQLException {
        Instant f = instant("from", from);
        Instant t = instant("to", to);
        String s = subject == null || subject.isBlank() ? null : subject.trim();
        boolean nist = "nist-1500-101".equals(format);
        if (format != null && !nist) {
            throw new ProblemException(400, "VALIDATION_FAILED", "format is nist-1500-101 or absent",
                    List.of(new ProblemException.Violation("format", "unknown format")));
        }
        if (!nist && size > 1000) {
            throw new ProblemException(400, "VALIDATION_FAILED", "a page of lines has at most 1000",
                    List.of(new ProblemException.Violation("size", "must be at most 1000 (the NIST export takes up to 100000)")));
        }
        List<AuditEntry> found = new ArrayList<>();
        trail.read(f, t, s, page * size, size, found::add);
        long total = trail.count(f, t, s);
        ZoneId zone = config.timeZone();
        if (nist) {
            String details = "Saylau audit trail" + (s == null ? "" : ", subject " + s) + ": " + found.size() + " of "
                    + total + " lines" + (found.isEmpty() ? "" : ", Sequence " + found.get(0).seq() + " to "
                            + found.get(found.size() - 1).seq());
            return Response.ok(NistEventLog.of(found, Instant.now(), zone, details)).header("X-Total-Count", total).build();
        }
        List<Line> lines = found.stream().map(e -> new Line(e.seq(), TIME.format(e.occurredAt().atZone(zone)), e.kind().name(),
                e.actor(), e.roles(), e.scope(), e.action(), e.subject(), e.outcome(), e.requestId(), e.eventId(),
                e.prevHash(), e.hash())).toList();
        return Response.ok(lines).header("X-Total-Count", total).build();
    }

    /** Re-checks the whole chain from its first line: every line present, in order, unchanged. */
    @GET
    @Path("/verification")
    public Map<String, Object> verify() throws SQLException {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        trail.read(null, null, null, 0, Long.MAX_VALUE, verifier::accept);
        AuditChain.Verdict verdict = verifier.verdict();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("valid", verdict.valid());
        answer.put("entries", verdict.entries());
        answer.put("brokenAt", verdict.brokenAt());
        answer.put("reason", verdict.reason());
        answer.put("lastHash", verdict.lastHash());
        answer.put("checkedAt", TIME.format(Instant.now().atZone(config.timeZone())));
        return answer;
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "VALIDATION_FAILED", field + " is an instant like 2027-02-14T18:00:00+05:00",
                    List.of(new ProblemException.Violation(field, "not an ISO-8601 instant with an offset")));
        }
    }
}
