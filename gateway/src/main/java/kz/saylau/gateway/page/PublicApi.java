package kz.saylau.gateway.page;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.saylau.gateway.routing.ServiceInstances;
import kz.saylau.gateway.routing.ServiceRoutes;
import kz.saylau.platform.web.Language;
import kz.saylau.platform.web.ProblemException;

/**
 * The page's only source: Saylau's public API, read as any client reads it (GET, no token, a language). Each answer
 * is kept for {@code saylau.page.cache-for}, so the page's load on the services does not grow with its viewers.
 */
@ApplicationScoped
public class PublicApi {

    /** An answer of the API: its status, and its body read as the page's view of it (null unless 200). */
    record Answer(int status, Object body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Cache<String, Answer> answers;

    /** The application's mapper (its modules, its dates); the page reads answers leniently, as any client should. */
    @Inject
    ObjectMapper json;

    @Inject
    PageSettings settings;

    @Inject
    ServiceInstances instances;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.port")
    int port;

    @jakarta.annotation.PostConstruct
    void init() {
        answers = Caffeine.newBuilder().expireAfterWrite(settings.cacheFor()).maximumSize(20_000).build();
    }

    /** The answer to {@code GET path}, or empty when the API answers 404 or 422 (not there, or not yet public). */
    <T> Optional<T> get(String path, Language language, Class<T> type) {
        return get(path, language, json.getTypeFactory().constructType(type));
    }

    <T> Optional<java.util.List<T>> list(String path, Language language, Class<T> element) {
        return get(path, language, json.getTypeFactory().constructCollectionType(java.util.List.class, element));
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> get(String path, Language language, JavaType type) {
        Answer a = answers.get(language.tag() + " " + type.toCanonical() + " " + path, k -> fetch(path, language, type));
        return a.status() == 200 ? Optional.of((T) a.body()) : Optional.empty();
    }

    private Answer fetch(String path, Language language, JavaType type) {
        HttpRequest request = HttpRequest.newBuilder(base(path).resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").header("Accept-Language", language.tag()).GET().build();
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 200) {
                return new Answer(200, json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .readValue(r.body()));
            }
            if (r.statusCode() == 404 || r.statusCode() == 422) {
                return new Answer(r.statusCode(), null);
            }
            throw unavailable(path + " answered " + r.statusCode());
        } catch (IOException e) {
            throw unavailable(path + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(path + ": interrupted");
        }
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(503, "UNAVAILABLE", "the election data is not available now (" + detail + ")");
    }

    private URI base(String path) {
        if (settings.apiUrl().isPresent()) {
            return settings.apiUrl().get();
        }
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return ServiceRoutes.owner(bare).map(instances::pick).orElse(URI.create("http://127.0.0.1:" + port));
    }
}
