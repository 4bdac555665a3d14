package kz.saylau.platform.web;

import java.util.List;

/** A refusal that the client is told about as application/problem+json (api.md "Errors"). */
public class ProblemException extends RuntimeException {

    public record Violation(String field, String message) {
    }

    private final int status;
    private final String code;
    private final List<Violation> violations;
    private long retryAfterSeconds;

    public ProblemException(int status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public ProblemException(int status, String code, String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.violations = violations;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Seconds for the {@code Retry-After} header, 0 for none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** 429 RATE_LIMITED: the client may try again after {@code seconds}. */
    public static ProblemException rateLimited(long seconds, String detail) {
        ProblemException e = new ProblemException(429, "RATE_LIMITED", detail);
        e.retryAfterSeconds = seconds;
        return e;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "NOT_FOUND", what + " not found");
    }

    /** 400 VALIDATION_FAILED for one bad field (a query parameter, say). */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "VALIDATION_FAILED", field + ": " + message, List.of(new Violation(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "FORBIDDEN", detail);
    }

    /** A rule of the election law is broken: 422, the rule id in the detail. */
    public static ProblemException rule(String code, String ruleId, String detail) {
        return new ProblemException(422, code, ruleId + ": " + detail);
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, detail);
    }
}
