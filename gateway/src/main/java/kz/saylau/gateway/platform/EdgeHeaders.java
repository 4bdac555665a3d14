package kz.saylau.gateway.platform;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kz.saylau.platform.web.RequestIds;

/**
 * What every answer of the public entry carries, proxied or not: the request id ({@code X-Request-Id} accepted when
 * it is a plain token, generated otherwise, passed on to the service and returned to the client) and the security
 * headers of an API that is never meant to be framed, sniffed or cached by a shared proxy without its consent.
 */
@ApplicationScoped
public class EdgeHeaders {

    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    void routes(@Observes Router router) {
        // before the proxy (-100): the id must be on the request when it is forwarded
        router.route().order(-200).handler(rc -> {
            String requestId = RequestIds.acceptedOrNew(rc.request().getHeader(RequestIds.HEADER));
            rc.request().headers().set(RequestIds.HEADER, requestId);
            // the gateway's own log lines for this call show it too (the MDC lives on the request's Vert.x context)
            org.jboss.logging.MDC.put(RequestIds.MDC_KEY, requestId);
            String path = rc.request().path();
            boolean docs = path.startsWith("/q/");
            boolean page = !docs && !path.startsWith("/api/") && !path.startsWith("/openapi/");
            rc.addHeadersEndHandler(v -> {
                var headers = rc.response().headers();
                headers.set(RequestIds.HEADER, requestId);
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("Strict-Transport-Security", "max-age=31536000");
                if (page) {
                    // the election-night page: its own script, style, photos and stream only; nothing inline, nothing framed
                    headers.set("Content-Security-Policy", PAGE_POLICY);
                } else if (!docs) {
                    // JSON and event streams only: nothing to run, nothing to embed (Swagger UI under /q/ needs scripts)
                    headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                }
            });
            rc.next();
        });
    }
}
