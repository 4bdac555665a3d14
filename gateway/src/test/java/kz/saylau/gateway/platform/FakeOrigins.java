package kz.saylau.gateway.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real HTTP servers standing in for the three services while the gateway is tested alone: each answers with
 * what it received (service name, method, path, query, Authorization, body), so the tests see what the proxy
 * forwarded (and which instance answered). candidate-service has two instances, the first a closed port (one that is
 * down); ballot-service has two that answer; the results origin is a closed port, to test 503.
 */
@io.quarkus.test.common.QuarkusTestResource(FakeOrigins.class)
public class FakeOrigins implements QuarkusTestResourceLifecycleManager {

    private HttpServer candidate;
    private HttpServer ballot;
    private HttpServer ballot2;

    @Override
    public Map<String, String> start() {
        try {
            candidate = echo("candidate");
            ballot = echo("ballot");
            ballot2 = echo("ballot");
            return Map.of("saylau.services.candidate", "http://127.0.0.1:1,http://127.0.0.1:" + candidate.getAddress().getPort(),
                    "saylau.services.ballot", "http://127.0.0.1:" + ballot.getAddress().getPort() + ",http://127.0.0.1:"
                            + ballot2.getAddress().getPort(),
                    "saylau.services.results", "http://127.0.0.1:1");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer echo(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> answer(name, server, exchange));
        // a slow call or an open stream must not hold up the others
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return server;
    }

    /** How many times each path reached an origin, for the calls the gateway may send again. */
    private static final Map<String, java.util.concurrent.atomic.AtomicInteger> ATTEMPTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static void answer(String name, HttpServer server, HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        int attempt = path.contains("/attempts/") ? 0 : ATTEMPTS.computeIfAbsent(path, p -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        if (path.contains("/attempts/")) {
            byte[] count = ("{\"attempts\":" + ATTEMPTS.getOrDefault(path.replace("/attempts/", "/"),
                    new java.util.concurrent.atomic.AtomicInteger()).get() + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, count.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(count);
            }
            return;
        }
        if (path.contains("/dropped-always/") || (path.contains("/dropped-once/") && attempt == 1)) {
            // a connection lost before any answer: closing an exchange that sent no headers closes its connection
            exchange.close();
            return;
        }
        if (exchange.getRequestURI().getPath().endsWith("/stream")) {
            // an SSE stream: the first event must reach the client before the stream ends
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("event: result\ndata: {\"n\":1}\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(2000);
                out.write("event: result\ndata: {\"n\":2}\n\n".getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        if (path.contains("/REFUSED")) {
            // the service's own refusal, as a problem
            byte[] problem = "{\"status\":403,\"code\":\"FORBIDDEN\",\"title\":\"Forbidden\",\"detail\":\"not your district\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(403, problem.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(problem);
            }
            return;
        }
        if (exchange.getRequestURI().getPath().endsWith("/slow")) {
            // a service that takes longer than the gateway's answer timeout
            try {
                Thread.sleep(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (path.contains("/cacheable/")) {
            cacheable(exchange, attempt);
            return;
        }
        if (exchange.getRequestHeaders().getFirst("If-None-Match") != null) {
            // the client holds this version: a 304, without a body
            exchange.getResponseHeaders().add("ETag", exchange.getRequestHeaders().getFirst("If-None-Match"));
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        String json = "{\"service\":\"" + name + "\",\"instance\":" + server.getAddress().getPort() + ",\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\""
                + exchange.getRequestURI().getRawPath() + "\",\"query\":\"" + exchange.getRequestURI().getRawQuery()
                + "\",\"authorization\":\"" + exchange.getRequestHeaders().getFirst("Authorization") + "\",\"attempt\":" + attempt + ",\"requestId\":\""
                + exchange.getRequestHeaders().getFirst("X-Request-Id") + "\",\"body\":"
                + (body.isEmpty() ? "null" : body) + "}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if ("POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + server.getAddress().getPort()
                    + exchange.getRequestURI().getRawPath() + "/X1");
            exchange.sendResponseHeaders(201, bytes.length);
        } else {
            exchange.sendResponseHeaders(200, bytes.length);
        }
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * A read the service lets shared caches keep (as results-service's are): {@code Cache-Control} as the query's
     * {@code cc} says ({@code max-age=1} without it), an ETag of its attempt, one answer per language. The body says
     * which call of this path made it, when, and what that call was sent, so a test sees whether it came from a copy;
     * a call holding this call's version gets a 304.
     * A path ending in {@code /lagging} takes 300 ms, long enough for many clients to ask at once.
     */
    private static void cacheable(HttpExchange exchange, int attempt) throws IOException {
        if (exchange.getRequestURI().getPath().endsWith("/lagging")) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String query = exchange.getRequestURI().getRawQuery();
        String cacheControl = query != null && query.startsWith("cc=") ? query.substring(3) : "max-age=1";
        String language = exchange.getRequestHeaders().getFirst("Accept-Language");
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        String json = "{\"attempt\":" + attempt + ",\"madeAt\":" + System.currentTimeMillis() + ",\"language\":\""
                + language + "\",\"ifNoneMatch\":\"" + ifNoneMatch + "\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Cache-Control", cacheControl);
        exchange.getResponseHeaders().add("ETag", "\"a" + attempt + "\"");
        exchange.getResponseHeaders().add("Vary", "Accept-Language");
        if (("\"a" + attempt + "\"").equals(ifNoneMatch)) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        candidate.stop(0);
        ballot.stop(0);
        ballot2.stop(0);
    }
}
