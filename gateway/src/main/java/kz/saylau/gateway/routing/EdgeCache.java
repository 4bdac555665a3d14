package kz.saylau.gateway.routing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kz.saylau.gateway.platform.GatewayConfig;

/**
 * The gateway's copy of the public reads a service lets shared caches keep (R-X5: an election's result says
 * {@code Cache-Control: max-age=2} with its {@code ETag}), so that an election-night refresh storm is answered at the
 * edge, as a CDN would, instead of crossing to results-service for every dashboard. What may be kept and for how long
 * is the service's to say ({@link CacheRules}); a copy is never served once its age reaches that lifetime, and every
 * answer from it says its {@code Age}. One copy per {@code Vary}ing request header value (a result per language).
 * When a copy is missing or too old, one call goes to the service for it and the others asking for the same address
 * meanwhile wait for that answer (nginx's {@code proxy_cache_lock}). Calls with a token, calls whose client asks for
 * the service's own answer, and calls of addresses whose answers are not to be kept go to the service unchanged.
 * <p>
 * Written here rather than using vertx-http-proxy's own cache ({@code ProxyOptions.setCacheOptions}): that one keeps
 * only {@code Cache-Control: public} answers, ignores {@code Vary} (it would serve a result in the wrong language),
 * does not answer {@code If-None-Match} from its copy, sends no {@code Age}, and lets every caller of a missing copy
 * through to the service.
 */
@ApplicationScoped
public class EdgeCache {

    /** What a copy replays of the service's answer: its representation and caching metadata, nothing per call. */
    private static final List<String> KEPT_HEADERS = List.of("Content-Type", "Content-Language", "ETag",
            "Cache-Control", "Vary", "Last-Modified", "Expires");

    /** A service's answer as kept: its bytes and headers, when its call was sent, and how long it may be served. */
    record Copy(String key, List<String> vary, MultiMap headers, byte[] body, String etag, long sentAt, long lifetimeNanos) {

        long ageMillis(long now) {
            return TimeUnit.NANOSECONDS.toMillis(now - sentAt);
        }

        boolean freshAt(long now) {
            return now - sentAt < lifetimeNanos;
        }
    }

    /** A call that went to the service to fill the copy of its address; those waiting for it hear from {@code done}. */
    private record Fill(String uri, Promise<Copy> done, String ifNoneMatch, long sentAt) {
    }

    private final GatewayConfig.EdgeCache config;
    /** Which request headers an address's answers vary on, as its service said last. */
    private final Cache<String, List<String>> varies;
    /** The copies, each by address and the values of the headers it varies on; each leaves when it is too old. */
    private final Cache<String, Copy> copies;
    /**
     * Addresses whose last answer was not to be kept (an event stream, a private or uncached read): their calls go to
     * the service as they came, for a while (Varnish's "hit-for-pass").
     */
    private final Cache<String, Boolean> passes = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(1, TimeUnit.MINUTES).build();
    /** The call filling each address's copy, while it is on its way. */
    private final Map<String, Future<Copy>> filling = new ConcurrentHashMap<>();
    /** The same calls, as the proxy sees them. */
    private final Map<HttpServerRequest, Fill> fills = new ConcurrentHashMap<>();

    EdgeCache(GatewayConfig config) {
        this.config = config.edgeCache();
        this.varies = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(10, TimeUnit.MINUTES).build();
        this.copies = Caffeine.newBuilder()
                .maximumWeight(this.config.size().asLongValue())
                .<String, Copy>weigher((key, copy) -> copy.body().length + key.length() * 2 + 512)
                .expireAfter(new Expiry<String, Copy>() {
                    @Override
                    public long expireAfterCreate(String key, Copy copy, long now) {
                        return Math.max(0, copy.sentAt() + copy.lifetimeNanos() - System.nanoTime());
                    }

                    @Override
                    public long expireAfterUpdate(String key, Copy copy, long now, long remaining) {
                        return expireAfterCreate(key, copy, now);
                    }

                    @Override
                    public long expireAfterRead(String key, Copy copy, long now, long remaining) {
                        return remaining;
                    }
                }).build();
    }

    void routes(@Observes Router router) {
        if (config.enabled()) {
            // after the edge's checks and limits (a copy is still a call an address makes), before the proxy (-100)
            router.routeWithRegex("^/api/.*").order(-110).handler(this::serve);
        }
    }

    private void serve(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.method() != HttpMethod.GET || !CacheRules.mayUseCopy(request.getHeader(HttpHeaders.AUTHORIZATION),
                request.getHeader(HttpHeaders.CACHE_CONTROL), request.getHeader("Pragma"))) {
            rc.next();
            return;
        }
        String uri = request.uri();
        if (passes.getIfPresent(uri) != null) {
            rc.next();
            return;
        }
        List<String> vary = varies.getIfPresent(uri);
        long now = System.nanoTime();
        Copy copy = vary == null ? null : copies.getIfPresent(key(uri, vary, request));
        if (copy != null && copy.freshAt(now)) {
            answer(request, request.getHeader(HttpHeaders.IF_NONE_MATCH), copy, now);
            return;
        }
        Promise<Copy> done = Promise.promise();
        Future<Copy> running = filling.putIfAbsent(uri, done.future());
        if (running == null) {
            // this call fills the copy
            Fill fill = new Fill(uri, done, request.getHeader(HttpHeaders.IF_NONE_MATCH), now);
            done.future().onComplete(v -> filling.remove(uri, done.future()));
            fills.put(request, fill);
            rc.addEndHandler(v -> {
                fills.remove(request);
                done.tryComplete(null);
            });
            if (vary != null) {
                // an address known to be kept: the service is asked for the whole answer, whatever this client holds
                request.headers().remove(HttpHeaders.IF_NONE_MATCH);
                request.headers().remove(HttpHeaders.IF_MODIFIED_SINCE);
            }
            rc.next();
            return;
        }
        // another call is filling it: wait for that answer, on this call's own event loop
        Context context = Vertx.currentContext();
        request.pause();
        running.onComplete(filled -> context.runOnContext(v -> {
            long at = System.nanoTime();
            Copy c = filled.result();
            if (c != null && c.freshAt(at) && c.key().equals(key(uri, c.vary(), request))) {
                request.resume();
                answer(request, request.getHeader(HttpHeaders.IF_NONE_MATCH), c, at);
            } else {
                rc.next();
            }
        }));
    }

    /** Added first to the proxy's interceptors, so it sees the service's answer last, just before the client does. */
    ProxyInterceptor filler() {
        return new ProxyInterceptor() {
            @Override
            public Future<Void> handleProxyResponse(ProxyContext context) {
                Fill fill = fills.remove(context.request().proxiedRequest());
                return fill == null ? context.sendResponse() : fill(context, fill);
            }
        };
    }

    private Future<Void> fill(ProxyContext context, Fill fill) {
        ProxyResponse response = context.response();
        MultiMap headers = response.headers();
        long lifetime = CacheRules.lifetimeMillis(response.getStatusCode(), headers.get(HttpHeaders.CACHE_CONTROL),
                headers.get(HttpHeaders.VARY), headers.contains(HttpHeaders.SET_COOKIE), headers.get("Age"),
                headers.get(HttpHeaders.CONTENT_LENGTH), config.largestAnswer().asLongValue());
        Body body = response.getBody();
        if (lifetime <= 0 || body == null) {
            if (response.getStatusCode() < 400 && response.getStatusCode() != 304) {
                // an answer not to be kept: the address's next calls go straight through, neither waiting for each
                // other nor changed (an error or a 304 says nothing about that, so those are asked again)
                passes.put(fill.uri(), Boolean.TRUE);
            }
            fill.done().tryComplete(null);
            return context.sendResponse();
        }
        return ProxyRoutes.collect(body.stream(), config.largestAnswer().asLongValue()).compose(bytes -> {
            if (bytes == null) {
                // longer than it said: not kept, and the client cannot be given the rest
                fill.done().tryComplete(null);
                return Future.failedFuture("the answer is longer than its Content-Length");
            }
            HttpServerRequest request = context.request().proxiedRequest();
            List<String> vary = CacheRules.varyNames(headers.get(HttpHeaders.VARY));
            MultiMap kept = MultiMap.caseInsensitiveMultiMap();
            for (String name : KEPT_HEADERS) {
                if (headers.contains(name)) {
                    kept.set(name, headers.getAll(name));
                }
            }
            Copy copy = new Copy(key(fill.uri(), vary, request), vary, kept, bytes.getBytes(), headers.get(HttpHeaders.ETAG),
                    fill.sentAt(), TimeUnit.MILLISECONDS.toNanos(lifetime));
            varies.put(fill.uri(), vary);
            copies.put(copy.key(), copy);
            fill.done().tryComplete(copy);
            // this call is answered from the copy too, as those waiting for it are: a 304 when it holds this version
            answer(request, fill.ifNoneMatch(), copy, System.nanoTime());
            return Future.succeededFuture();
        });
    }

    /** The copy as the answer to {@code request}, whose client holds the version {@code ifNoneMatch} names. */
    private static void answer(HttpServerRequest request, String ifNoneMatch, Copy copy, long now) {
        HttpServerResponse response = request.response();
        response.headers().addAll(copy.headers());
        response.putHeader("Age", Long.toString(CacheRules.ageSeconds(copy.ageMillis(now))));
        if (CacheRules.matches(ifNoneMatch, copy.etag())) {
            response.headers().remove(HttpHeaders.CONTENT_TYPE);
            response.setStatusCode(304).end();
        } else {
            response.end(Buffer.buffer(copy.body()));
        }
    }

    /** An address and the values of the request headers its answers vary on. */
    private static String key(String uri, List<String> vary, HttpServerRequest request) {
        if (vary.isEmpty()) {
            return uri;
        }
        StringBuilder key = new StringBuilder(uri);
        for (String name : vary) {
            String value = request.getHeader(name);
            key.append('\n').append(value == null ? "" : value);
        }
        return key.toString();
    }
}
