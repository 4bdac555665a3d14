package kz.saylau.gateway.platform;

import kz.saylau.platform.web.Problem;

import java.util.Locale;
import java.util.Set;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Bodies the public entry refuses before any service sees them, as problem+json: larger than the limit (413
 * {@code PAYLOAD_TOO_LARGE}, by the declared Content-Length; a chunked body is left to the service's own limit), or of
 * a media type no Saylau call takes (415 {@code UNSUPPORTED_MEDIA_TYPE}). The services check the exact type per call.
 */
@ApplicationScoped
public class EdgeLimits {

    private static final Set<String> TAKEN = Set.of("application/json", "text/csv", "image/jpeg", "image/png");

    void routes(@Observes Router router, GatewayConfig config) {
        router.routeWithRegex("^/api/.*").order(-150).handler(rc -> {
            HttpMethod method = rc.request().method();
            if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
                rc.next();
                return;
            }
            String length = rc.request().getHeader("Content-Length");
            boolean hasBody = rc.request().getHeader("Transfer-Encoding") != null || (length != null && !length.equals("0"));
            long limit = config.limits().maxBodyFor(rc.request().path());
            if (length != null) {
                long declared;
                try {
                    declared = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    declared = Long.MAX_VALUE;
                }
                if (declared > limit) {
                    refuse(rc, 413, "Content Too Large", "PAYLOAD_TOO_LARGE", "this call takes at most " + limit + " bytes");
                    return;
                }
            }
            String type = rc.request().getHeader("Content-Type");
            String base = type == null ? null : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (hasBody && (base == null || !(TAKEN.contains(base) || base.endsWith("+json")))) {
                refuse(rc, 415, "Unsupported Media Type", "UNSUPPORTED_MEDIA_TYPE",
                        "send application/json (text/csv for territory and precinct lists, image/jpeg or image/png for protocol images)");
                return;
            }
            rc.next();
        });
    }

    private static void refuse(RoutingContext rc, int status, String title, String code, String detail) {
        rc.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                // the body was not read: the connection cannot carry another request
                .putHeader("Connection", "close")
                .end(Problem.json(status, title, code, detail));
    }
}
