package kz.saylau.gateway.platform;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details with the machine-readable {@code code} of api.md. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code,
        List<ProblemException.Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(int status, String code, String detail, List<ProblemException.Violation> violations) {
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : "Error";
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, code, violations))
                .build();
    }
}
