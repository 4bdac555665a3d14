package kz.saylau.gateway.routing;

import java.net.URI;
import java.util.Map;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kz.saylau.gateway.audit.PendingAudit;
import kz.saylau.gateway.platform.EdgeLimits;
import kz.saylau.gateway.platform.GatewayConfig;
import kz.saylau.platform.web.Causes;
import kz.saylau.platform.web.Problem;
import kz.saylau.gateway.routing.ServiceRoutes.Service;

/**
 * The reverse proxy: {@code /api/**} to the owning service, streamed both ways (SSE passes through unbuffered),
 * and each service's OpenAPI document at {@code /openapi/<service>} for the one Swagger UI.
 * The Authorization header goes through untouched: every service verifies the token itself.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    private static final String TARGET = "saylau.target";
    /** The instance a call goes to, chosen before it is sent (the proxy's origin selector reads it). */
    private static final String ORIGIN = "saylau.origin";
    /** Set on a call whose body is held whole (or that has none), so it can be sent a second time. */
    private static final String REPLAYABLE = "saylau.replayable";
    /** Bodies up to this size are read whole before they are sent on, so a call can be sent again; larger ones stream. */
    static final long REPLAYABLE_BODY = 1024 * 1024;

    void routes(@Observes Router router, Vertx vertx, GatewayConfig config, ServiceInstances instances, EdgeCache cache) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(5000)
                .setIdleTimeout((int) config.services().timeout().toSeconds())
                // each open live stream (a dashboard, a page viewer) holds one connection for as long as it is open
                .setMaxPoolSize(config.services().connections())
                .setKeepAlive(true)
                // a pooled connection is let go well before the idle timeout would close it: otherwise a request
                // handed a connection at the moment that timer fires fails with "Connection was closed" (seen as 503)
                .setKeepAliveTimeout((int) Math.max(1, Math.min(10, config.services().timeout().toSeconds() / 3))));
        // a second client without a pool, for sending a call again on a connection nobody used before
        HttpClient fresh = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(5000)
                .setIdleTimeout((int) config.services().timeout().toSeconds()).setKeepAlive(false));
        Map<Service, ServiceBreaker> breakers = new java.util.EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            breakers.put(service, new ServiceBreaker(service, config.services()));
        }
        // the audit lines of the calls on their way through, to be written when the service's answer comes
        Map<HttpServerRequest, PendingAudit> audits = new java.util.concurrent.ConcurrentHashMap<>();
        HttpProxy proxy = HttpProxy.reverseProxy(client);
        // first, so that it keeps the answer as the client gets it (after the interceptor below has seen it)
        proxy.addInterceptor(cache.filler());
        proxy.originSelector(request -> {
            URI origin = URI.create(request.headers().get(ORIGIN));
            return Future.succeededFuture(SocketAddress.inetSocketAddress(origin.getPort(), origin.getHost()));
        });
        proxy.addInterceptor(new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                HttpServerRequest incoming = context.request().proxiedRequest();
                ServiceBreaker breaker = breakers.get(target(incoming));
                context.request().headers().remove(TARGET);
                context.request().headers().remove(ORIGIN);
                incoming.headers().set(ORIGIN, instances.pick(target(incoming)).toString());
                context.request().putHeader("X-Forwarded-Host", String.valueOf(incoming.authority()));
                context.request().putHeader("X-Forwarded-Proto", incoming.scheme());
                if (incoming.path().startsWith("/openapi/")) {
                    context.request().setURI("/q/openapi?format=json");
                }
                io.vertx.core.http.HttpMethod method = incoming.method();
                boolean mayHaveBody = method == io.vertx.core.http.HttpMethod.POST || method == io.vertx.core.http.HttpMethod.PUT
                        || method == io.vertx.core.http.HttpMethod.PATCH;
                String length = incoming.getHeader(HttpHeaders.CONTENT_LENGTH);
                boolean streamed = incoming.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                        || (mayHaveBody && incoming.version() == io.vertx.core.http.HttpVersion.HTTP_2);
                if (length == null && !streamed || "0".equals(length)) {
                    // no body: nothing to replay
                    context.request().setBody(null);
                    context.set(REPLAYABLE, true);
                    return forward(context, breaker, incoming);
                }
                if (length != null && EdgeLimits.declaredLength(length) <= REPLAYABLE_BODY) {
                    // a small body (every JSON call): held whole, so a call on a connection that was lost can go again
                    Body declared = context.request().getBody();
                    return collect(declared != null ? declared.stream() : incoming, REPLAYABLE_BODY).compose(bytes -> {
                        if (bytes == null) {
                            return Future.succeededFuture(closing(incoming, problem(context, 413, "Content Too Large", "PAYLOAD_TOO_LARGE",
                                    "the body is longer than its Content-Length", null)));
                        }
                        context.request().setBody(Body.body(bytes));
                        context.set(REPLAYABLE, true);
                        return forward(context, breaker, incoming);
                    });
                }
                if (mayHaveBody && length == null && streamed) {
                    // a body without a declared size (chunked, or HTTP/2 frames) that EdgeLimits could not check:
                    // read and count it here, up to the limit, and send it on with its length
                    long limit = config.limits().maxBodyFor(incoming.path());
                    Body declared = context.request().getBody();
                    return collect(declared != null ? declared.stream() : incoming, limit).compose(bytes -> {
                        if (bytes == null) {
                            return Future.succeededFuture(closing(incoming, problem(context, 413, "Content Too Large", "PAYLOAD_TOO_LARGE",
                                    "this call takes at most " + limit + " bytes", null)));
                        }
                        context.request().setBody(Body.body(bytes));
                        return forward(context, breaker, incoming);
                    });
                }
                return forward(context, breaker, incoming);
            }

            private Future<ProxyResponse> forward(ProxyContext context, ServiceBreaker breaker, HttpServerRequest incoming) {
                return breaker.call(() -> sendOnce(context, incoming), () -> incoming.response().closed()).recover(failure -> {
                    boolean paused = ServiceBreaker.isPause(failure);
                    if (ServiceBreaker.isClientGone(failure)) {
                        LOG.debugf("%s %s: the client hung up before the answer", incoming.method(), incoming.path());
                    } else if (!paused) {
                        LOG.warnf("%s %s: service unavailable (%s)", incoming.method(), incoming.path(), failure.getMessage());
                    }
                    return Future.succeededFuture(problem(context, 503, "Service Unavailable", "UNAVAILABLE", paused
                            ? "the service for this call is failing, so calls to it are paused for a few seconds; nothing was changed, try again"
                            : "the service for this call does not answer; nothing was changed, try again", "5"));
                });
            }

            /**
             * The call, sent again once on a fresh connection when the pooled one was lost before any answer came: a
             * connection the service had already closed (restart, idle timer) is picked at the moment it closes. A
             * service that really went down refuses the fresh connection, so the client gets the 503 as before; a
             * call is sent twice only when its whole body is held here, never a half-streamed one.
             */
            private Future<ProxyResponse> sendOnce(ProxyContext context, HttpServerRequest incoming) {
                Service service = target(incoming);
                URI origin = URI.create(incoming.getHeader(ORIGIN));
                return context.sendRequest().recover(failure -> {
                    boolean refused = Causes.first(failure, java.net.ConnectException.class).isPresent();
                    if (refused) {
                        instances.down(service, origin);
                    }
                    if (!Boolean.TRUE.equals(context.get(REPLAYABLE, Boolean.class)) || incoming.response().closed()) {
                        return Future.failedFuture(failure);
                    }
                    // refused: that instance is down, and nothing reached it, so another one gets the call;
                    // lost before an answer: sent again on a fresh connection, to another instance if there is one
                    java.util.Optional<URI> other = instances.other(service, origin);
                    if (!(refused && other.isPresent()) && !ConnectionLoss.is(failure)) {
                        return Future.failedFuture(failure);
                    }
                    URI again = other.orElse(origin);
                    LOG.debugf("%s %s: %s at %s (%s); sending again to %s", incoming.method(), incoming.path(),
                            refused ? "refused" : "the connection was lost before an answer", origin, failure.getMessage(), again);
                    return fresh.request(new io.vertx.core.http.RequestOptions().setHost(again.getHost())
                            .setPort(again.getPort())).compose(request -> context.request().send(request));
                });
            }

            @Override
            public Future<Void> handleProxyResponse(ProxyContext context) {
                // A service that wrote an absolute Location with its own address: point the client back at the gateway.
                String location = context.response().headers().get(HttpHeaders.LOCATION);
                if (location != null) {
                    URI uri = URI.create(location);
                    if (uri.isAbsolute() && java.util.Arrays.stream(Service.values()).flatMap(sv -> instances.all(sv).stream())
                            .anyMatch(o -> o.getPort() == uri.getPort())) {
                        context.response().putHeader(HttpHeaders.LOCATION, uri.getRawPath()
                                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
                    }
                }
                if (context.response().getStatusCode() == 304) {
                    // a 304 has no body: without this the proxy answers it chunked, and strict clients wait for chunks
                    context.response().headers().remove(HttpHeaders.TRANSFER_ENCODING);
                    context.response().setBody(Body.body(Buffer.buffer()));
                }
                PendingAudit audit = audits.remove(context.request().proxiedRequest());
                if (audit != null) {
                    // the audit line is committed before the client hears that its write was done
                    return audit.writeBeforeAnswer(context.response().getStatusCode())
                            .transform(written -> context.sendResponse());
                }
                return context.sendResponse();
            }
        });

        router.routeWithRegex("^/api/.*").order(-100).handler(rc -> {
            ServiceRoutes.owner(rc.request().path()).ifPresentOrElse(service -> {
                HttpServerRequest request = rc.request();
                request.headers().set(TARGET, service.name());
                PendingAudit audit = rc.get(PendingAudit.KEY);
                if (audit != null) {
                    audits.put(request, audit);
                    rc.addEndHandler(done -> audits.remove(request));
                }
                proxy.handle(request);
            }, rc::next);
        });
        router.routeWithRegex("^/openapi/(candidate|ballot|results)$").order(-100).handler(rc -> {
            Service service = Service.valueOf(rc.pathParam("param0").toUpperCase());
            rc.request().headers().set(TARGET, service.name());
            proxy.handle(rc.request());
        });
    }

    /** An answer sent before the whole body was read: on HTTP/1.x the connection cannot carry another request. */
    private static ProxyResponse closing(HttpServerRequest incoming, ProxyResponse response) {
        return EdgeLimits.mustSayClose(incoming) ? response.putHeader("Connection", "close") : response;
    }

    private static ProxyResponse problem(ProxyContext context, int status, String title, String code, String detail,
            String retryAfter) {
        ProxyResponse response = context.request().response().setStatusCode(status).setStatusMessage(title)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(Buffer.buffer(Problem.json(status, title, code, detail))));
        if (retryAfter != null) {
            response.putHeader("Retry-After", retryAfter);
        }
        return response;
    }

    /** The whole body, or null as soon as it is longer than {@code limit} (the rest is not kept). */
    static Future<Buffer> collect(io.vertx.core.streams.ReadStream<Buffer> stream, long limit) {
        io.vertx.core.Promise<Buffer> done = io.vertx.core.Promise.promise();
        Buffer collected = Buffer.buffer();
        stream.exceptionHandler(done::tryFail);
        stream.handler(chunk -> {
            if (collected.length() + chunk.length() > limit) {
                done.tryComplete(null);
            } else if (!done.future().isComplete()) {
                collected.appendBuffer(chunk);
            }
        });
        stream.endHandler(v -> done.tryComplete(collected));
        stream.resume();
        return done.future();
    }

    /** The target service of a request on its way through the proxy. */
    private static Service target(HttpServerRequest request) {
        return Service.valueOf(request.headers().get(TARGET));
    }
}
