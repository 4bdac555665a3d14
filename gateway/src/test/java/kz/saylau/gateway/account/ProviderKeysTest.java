package kz.saylau.gateway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Issue 20 #17: with an external OIDC provider, a token seen for the first time makes the edge fetch the provider's
 * keys (JWKS over HTTP). That fetch must not run on a Vert.x event loop: while the provider is slow, every other call
 * through the gateway is still answered.
 */
@QuarkusTest
@TestProfile(ProviderKeysTest.SlowProvider.class)
class ProviderKeysTest {

    static final AtomicInteger ASKED = new AtomicInteger();
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    static volatile CountDownLatch asked = new CountDownLatch(1);

    /** The provider of ExternalIssuerTest, its JWKS served over HTTP by a server that answers only when released. */
    public static class SlowProvider extends ExternalIssuerTest.ExternalProvider {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            try {
                HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                jwks.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
                jwks.createContext("/jwks", exchange -> {
                    ASKED.incrementAndGet();
                    asked.countDown();
                    try {
                        RELEASE.await(8, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    byte[] keys = Files.readAllBytes(ExternalIssuerTest.DIR.resolve("jwks.json"));
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, keys.length);
                    exchange.getResponseBody().write(keys);
                    exchange.close();
                });
                jwks.start();
                config.put("mp.jwt.verify.publickey.location", "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return config;
        }
    }

    private static CompletableFuture<HttpResponse<String>> call(String authorization) {
        // each call on its own client, so on its own connection: the connections spread over every event loop
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + io.restassured.RestAssured.port + "/api/elections/E1"))
                .timeout(Duration.ofSeconds(20));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whileTheProviderIsSlowToGiveItsKeysEveryOtherCallIsAnswered() throws Exception {
        asked = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> withTokens = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            withTokens.add(call(ExternalIssuerTest.providerToken("tec-" + i, "tec", "district", "D" + i)));
        }
        assertTrue(asked.await(15, TimeUnit.SECONDS), "the edge asked the provider for its keys");
        List<CompletableFuture<HttpResponse<String>>> anonymous = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            anonymous.add(call(null));
        }
        for (var answer : anonymous) {
            // the provider still holds its keys back: these were answered beside the pending verifications
            assertEquals(200, answer.get(5, TimeUnit.SECONDS).statusCode());
        }
        assertEquals(1, RELEASE.getCount(), "the keys were not given out yet");
        RELEASE.countDown();
        for (var answer : withTokens) {
            assertEquals(200, answer.get(15, TimeUnit.SECONDS).statusCode(), "the tokens were verified once the keys came");
        }
    }
}
