package kz.saylau.platform.web;

import java.util.Comparator;
import java.util.List;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** Every error leaves as application/problem+json with a code; bad input is never a 500 (api.md "Errors"). */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response response = Problem.response(e.status(), e.code(), e.getMessage(), e.violations());
        if (e.retryAfterSeconds() > 0) {
            response.getHeaders().putSingle("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        return response;
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<ProblemException.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new ProblemException.Violation(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(ProblemException.Violation::field))
                .toList();
        return Problem.response(400, "VALIDATION_FAILED", "the request has invalid fields", violations);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated() {
        return Problem.response(401, "UNAUTHENTICATED", "a valid bearer token is required", List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.response(403, "FORBIDDEN", "your role or scope does not allow this", List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        // a query or path value of the wrong type, whether JAX-RS passes it on as it is or wrapped in its 404
        StrictParameters.InvalidParameter invalid = e instanceof StrictParameters.InvalidParameter i ? i
                : e.getCause() instanceof StrictParameters.InvalidParameter i ? i : null;
        if (invalid != null) {
            return problem(invalid.problem());
        }
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 400 -> "MALFORMED_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 503 -> "UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL" : "BAD_REQUEST";
        };
        String detail = status >= 500 ? "the service could not answer" : e.getMessage();
        return Problem.response(status, code, detail, List.of());
    }

    /**
     * A unique index or a row version caught a race the service's locks did not (they should): the request changed
     * nothing and can be retried.
     */
    @ServerExceptionMapper({ org.hibernate.exception.ConstraintViolationException.class,
            jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleObjectStateException.class })
    public Response concurrent(Exception e) {
        LOG.info("a concurrent change was refused: " + e.getClass().getSimpleName());
        return Problem.response(409, "CONCURRENT_CHANGE", "another request changed the same thing at the same time; "
                + "nothing was changed, retry", List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (isUnavailable(e)) {
            // the database (or another dependency) is away: nothing was written, and the client should try again
            LOG.warn("a dependency does not answer: " + e.getMessage());
            Response response = Problem.response(503, "UNAVAILABLE", "the service cannot reach its database; nothing was "
                    + "changed, try again", List.of());
            response.getHeaders().putSingle("Retry-After", "5");
            return response;
        }
        if (isConcurrentChange(e)) {
            // caught at the commit, the race comes wrapped (the transaction's own exception around it)
            return concurrent(e);
        }
        LOG.error("unexpected failure", e);
        return Problem.response(500, "INTERNAL", "the service could not answer; nothing was changed", List.of());
    }

    /**
     * True when the database could not be reached or went away (a connection refused, broken or not to be had from
     * the pool), however deep in the causes: SQL states of class 08 and 57P, and the pool's acquisition timeout.
     */
    static boolean isUnavailable(Throwable e) {
        return Causes.any(e, t -> t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof java.sql.SQLTransientConnectionException
                || t instanceof java.sql.SQLException sql && (sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))
                        || String.valueOf(sql.getMessage()).contains("Acquisition timeout")));
    }

    /** True when a unique index or a row version refused the change, however deep in the causes. */
    static boolean isConcurrentChange(Throwable e) {
        return Causes.any(e, t -> t instanceof org.hibernate.exception.ConstraintViolationException
                || t instanceof jakarta.persistence.OptimisticLockException
                || t instanceof org.hibernate.StaleObjectStateException
                // unique_violation, as PostgreSQL names it
                || t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState()));
    }

    private static Response malformedJson(JsonProcessingException e) {
        // The location and the field path help the client; the parser's own message may echo input, so it is not sent.
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String field = e instanceof MismatchedInputException m && !m.getPath().isEmpty()
                ? " (field " + m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .reduce((a, b) -> a + "." + b).orElse("") + ")"
                : "";
        return Problem.response(400, "MALFORMED_REQUEST", "the body is not the JSON this call expects" + field + where, List.of());
    }

    /**
     * The field as the client knows it: the path without our method and parameter ("create.arg0.name" → "name",
     * "votes[1].votes" stays); the parameter's name when the parameter itself broke a rule ("page", or the body).
     */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = "body";
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.length() > 0 ? field.toString() : parameter;
    }
}
