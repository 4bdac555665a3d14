package kz.saylau.gateway.platform;

import kz.saylau.platform.web.Problem;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kz.saylau.gateway.protection.EdgeRateLimits;
import kz.saylau.gateway.routing.ServiceRoutes;

/**
 * Bodies the public entry refuses before any service sees them: larger than the limit, by the declared Content-Length
 * (413 {@code PAYLOAD_TOO_LARGE}; a chunked body is counted by the proxy). api.md asks who calls before what was sent,
 * so a body over the limit without a valid token is 401 {@code UNAUTHENTICATED} here, except on the writes anyone may
 * make; neither answer reads the body. The media type is left to the services, which check it after the token and
 * the role (platform {@code MediaTypes}). The one order the edge cannot keep: a signed-in caller whose role may not
 * make the call and who sends more than the limit gets 413, not 403, since the edge does not know each call's roles
 * and must not read megabytes to let the service say so.
 */
@ApplicationScoped
public class EdgeLimits {

    void routes(@Observes Router router, GatewayConfig config) {
        router.routeWithRegex("^/api/.*").order(-150).handler(rc -> {
            HttpMethod method = rc.request().method();
            if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
                rc.next();
                return;
            }
            String length = rc.request().getHeader("Content-Length");
            long limit = config.limits().maxBodyFor(rc.request().path());
            if (length != null) {
                if (declaredLength(length) > limit) {
                    if (rc.get(EdgeRateLimits.CALLER) == null && !ServiceRoutes.isOpenWrite(rc.request().path())) {
                        refuse(rc, 401, "Unauthorized", "UNAUTHENTICATED", "this call needs a valid bearer token");
                    } else {
                        refuse(rc, 413, "Content Too Large", "PAYLOAD_TOO_LARGE", "this call takes at most " + limit + " bytes");
                    }
                    return;
                }
            }
            rc.next();
        });
    }

    /** A Content-Length header's value; one that is no number counts as longer than any limit. */
    public static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void refuse(RoutingContext rc, int status, String title, String code, String detail) {
        if (status == 401) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
        }
        if (mustSayClose(rc.request())) {
            // the body was not read: the connection cannot carry another request
            rc.response().putHeader("Connection", "close");
        }
        rc.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Problem.json(status, title, code, detail));
    }

    /**
     * Whether an answer sent before the request's body was read must say {@code Connection: close}: on HTTP/1.x the
     * unread body would be taken for the next request. HTTP/2 forbids the header (RFC 9113, 8.2.2; a strict client, as
     * JDK 25's, refuses the whole answer for it), and there the answer ends only its own stream.
     */
    public static boolean mustSayClose(io.vertx.core.http.HttpServerRequest request) {
        return request.version() != io.vertx.core.http.HttpVersion.HTTP_2;
    }
}
