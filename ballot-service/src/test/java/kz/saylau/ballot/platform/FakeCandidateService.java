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
 * code was asked for ({@code GET /asked/{code}}). It stands second in ballot-service's list of candidate-service
 * instances, behind an address where nothing listens, as an instance that is down: every look-up of the tests also
 * shows that such an instance is skipped.
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
        int down;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            down = socket.getLocalPort();   // free once closed: a connection there is refused
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("quarkus.stork.candidate-service.service-discovery.address-list",
                "127.0.0.1:" + down + ",127.0.0.1:" + server.getAddress().getPort());
    }

    /** Where the stand-in answers (the last of ballot-service's candidate-service addresses). */
    public static String url() {
        String addresses = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.stork.candidate-service.service-discovery.address-list", String.class);
        return "http://" + addresses.substring(addresses.lastIndexOf(',') + 1);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
