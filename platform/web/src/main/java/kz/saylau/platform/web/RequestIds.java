package kz.saylau.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The call's {@code X-Request-Id} (the gateway's; a new one for a call that came straight here) is put in the log
 * context, so every line logged for the call shows it, and the events the call causes carry it (the outbox reads it).
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @ServerRequestFilter(preMatching = true)
    public void remember(ContainerRequestContext request) {
        MDC.put(MDC_KEY, acceptedOrNew(request.getHeaderString(HEADER)));
    }

    /** The id a client sent when it is a plain token (letters, digits, {@code ._:-}, at most 64), a new one otherwise. */
    public static String acceptedOrNew(String id) {
        return id != null && ACCEPTED.matcher(id).matches() ? id : UUID.randomUUID().toString();
    }

    /** The current call's request id, or null outside a call (event consumers, deadline work). */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
