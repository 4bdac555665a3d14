package kz.saylau.ballot.territory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.saylau.ballot.platform.ProblemException;
import kz.saylau.ballot.platform.SaylauConfig;

/**
 * The units ballot-service knows: from {@code saylau.unit.created.v1}, or, for one it has not heard of yet, from
 * candidate-service's public {@code GET /api/units/{code}} (api.md precincts). The answer is remembered.
 */
@ApplicationScoped
public class UnitDirectory {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    SaylauConfig config;

    @Inject
    ObjectMapper mapper;

    /** The unit, or empty when candidate-service does not know it either; 503 when candidate-service is down. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<KnownUnit> find(String code) {
        Optional<KnownUnit> known = KnownUnit.findByIdOptional(code);
        if (known.isPresent()) {
            return known;
        }
        HttpResponse<String> answer;
        try {
            answer = HTTP.send(HttpRequest.newBuilder(URI.create(config.candidateUrl() + "/api/units/"
                    + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProblemException(503, "UNAVAILABLE", "candidate-service does not answer; nothing was written");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(503, "UNAVAILABLE", "interrupted while asking candidate-service");
        }
        if (answer.statusCode() == 404) {
            return Optional.empty();
        }
        if (answer.statusCode() != 200) {
            throw new ProblemException(503, "UNAVAILABLE", "candidate-service answered " + answer.statusCode());
        }
        try {
            JsonNode unit = mapper.readTree(answer.body());
            KnownUnit learned = new KnownUnit();
            learned.code = unit.path("code").asText();
            learned.name = unit.path("name").asText();
            learned.level = unit.path("level").asText();
            learned.parentCode = unit.path("parentCode").asText(null);
            learned.districtCode = unit.path("districtCode").asText(null);
            learned.regionCode = unit.path("regionCode").asText();
            learned.learnedAt = Instant.now();
            KnownUnit.getEntityManager().merge(learned);
            return Optional.of(learned);
        } catch (IOException e) {
            throw new ProblemException(503, "UNAVAILABLE", "candidate-service answered something unreadable");
        }
    }
}
