package kz.saylau.system;

import static kz.saylau.system.SystemUnderTest.GATEWAY;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

import com.sun.net.httpserver.HttpServer;

/**
 * A shipped verifier of tools/ run as an observer runs it, against the gateway or against a gateway that tampers
 * with what it passes on (to show the verifier catches it).
 */
final class Verifier {

    record Run(int exit, String printed) {
    }

    private Verifier() {
    }

    static Run run(String tool, String election, String url) throws Exception {
        return python(tool, election, "--url", url);
    }

    /** Any tool of tools/ with these arguments. */
    static Run python(String tool, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("python3",
                SystemUnderTest.root().resolve("tools/" + tool).toString()));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        return new Run(p.waitFor(), out.toString(StandardCharsets.UTF_8));
    }

    /** The tool through a proxy of the gateway that rewrites each answer's body by {@code tamper(path, body)}. */
    static Run throughTampering(String tool, String election, BiFunction<String, String, String> tamper) throws Exception {
        HttpServer tampered = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        HttpClient http = HttpClient.newHttpClient();
        tampered.createContext("/", exchange -> {
            try {
                var upstream = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + exchange.getRequestURI())).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                byte[] body = tamper.apply(exchange.getRequestURI().getPath(), upstream.body()).getBytes(StandardCharsets.UTF_8);
                upstream.headers().firstValue("X-Total-Count").ifPresent(t -> exchange.getResponseHeaders().add("X-Total-Count", t));
                exchange.sendResponseHeaders(upstream.statusCode(), body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        tampered.start();
        try {
            return run(tool, election, "http://127.0.0.1:" + tampered.getAddress().getPort());
        } finally {
            tampered.stop(0);
        }
    }
}
