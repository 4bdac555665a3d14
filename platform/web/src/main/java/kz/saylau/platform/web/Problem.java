package kz.saylau.platform.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details with the machine-readable {@code code} of api.md. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code,
        List<ProblemException.Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The problem as JSON text, for answers written on the Vert.x router (outside JAX-RS). */
    public static String json(int status, String title, String code, String detail) {
        try {
            return JSON.writeValueAsString(new Problem("about:blank", title, status, detail, code, null));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Response response(int status, String code, String detail, List<ProblemException.Violation> violations) {
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : "Error";
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, code, violations))
                .build();
    }
}
