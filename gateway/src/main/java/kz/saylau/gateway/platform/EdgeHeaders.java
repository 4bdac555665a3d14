package kz.saylau.gateway.platform;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What every answer of the public entry carries, proxied or not: the request id ({@code X-Request-Id} accepted when
 * it is a plain token, generated otherwise, passed on to the service and returned to the client) and the security
 * headers of an API that is never meant to be framed, sniffed or cached by a shared proxy without its consent.
 */
@ApplicationScoped
public class EdgeHeaders {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void routes(@Observes Router router) {
        // before the proxy (-100): the id must be on the request when it is forwarded
        router.route().order(-200).handler(rc -> {
            String id = rc.request().getHeader(REQUEST_ID);
            if (id == null || !ACCEPTED.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
                rc.request().headers().set(REQUEST_ID, id);
            }
            String requestId = id;
            // the gateway's own log lines for this call show it too (the MDC lives on the request's Vert.x context)
            org.jboss.logging.MDC.put("requestId", requestId);
            boolean docs = rc.request().path().startsWith("/q/");
            rc.addHeadersEndHandler(v -> {
                var headers = rc.response().headers();
                headers.set(REQUEST_ID, requestId);
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("Strict-Transport-Security", "max-age=31536000");
                if (!docs) {
                    // JSON and event streams only: nothing to run, nothing to embed (Swagger UI under /q/ needs scripts)
                    headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                }
            });
            rc.next();
        });
    }
}
