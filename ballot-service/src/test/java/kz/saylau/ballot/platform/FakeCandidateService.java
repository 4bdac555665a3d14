package kz.saylau.ballot.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for candidate-service's public {@code GET /api/units/{code}}, so the tests can show the lookup of a
 * unit ballot-service has not heard of. Stateless: a code starting with {@code CSRURAL} is a RURAL unit of district
 * {@code CSD}, one starting with {@code CSDIST} a DISTRICT, anything else is unknown (404). It counts how often each
 * code was asked for ({@code GET /asked/{code}}).
 */
@io.quarkus.test.common.QuarkusTestResource(FakeCandidateService.class)
public class FakeCandidateService implements QuarkusTestResourceLifecycleManager {

    /** How often each unit code was asked for; tests read it at {@code GET /asked/{code}}. */
    private final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> asked = new java.util.concurrent.ConcurrentHashMap<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/units/", exchange -> {
            String code = exchange.getRequestURI().getPath().substring("/api/units/".length());
            asked.computeIfAbsent(code, c -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
            String level = code.startsWith("CSRURAL") ? "RURAL" : code.startsWith("CSDIST") ? "DISTRICT" : null;
            byte[] body = level == null ? "{\"code\":\"NOT_FOUND\"}".getBytes(StandardCharsets.UTF_8)
                    : ("{\"code\":\"" + code + "\",\"name\":\"Алға ауылы\",\"level\":\"" + level + "\",\"parentCode\":\"CSD\","
                            + "\"districtCode\":\"" + ("RURAL".equals(level) ? "CSD" : code) + "\",\"regionCode\":\"CSR\",\"electorate\":0}")
                            .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(level == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/asked/", exchange -> {
            String code = exchange.getRequestURI().getPath().substring("/asked/".length());
            byte[] body = Integer.toString(asked.getOrDefault(code, new java.util.concurrent.atomic.AtomicInteger()).get())
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return Map.of("quarkus.rest-client.candidate-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
