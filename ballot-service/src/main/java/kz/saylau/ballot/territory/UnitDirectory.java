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
            remember(learned);
            return Optional.of(learned);
        } catch (IOException e) {
            throw new ProblemException(503, "UNAVAILABLE", "candidate-service answered something unreadable");
        }
    }

    /**
     * Stores a unit whether the event or the lookup learned it first: an upsert, so the two never collide on the key
     * (a collision would fail a precinct request or stop the consumer).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(KnownUnit unit) {
        KnownUnit.getEntityManager().createNativeQuery("""
                insert into known_unit (code, name, level, parent_code, district_code, region_code, learned_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (code) do update set name = excluded.name, level = excluded.level,
                    parent_code = excluded.parent_code, district_code = excluded.district_code,
                    region_code = excluded.region_code""")
                .setParameter(1, unit.code).setParameter(2, unit.name).setParameter(3, unit.level)
                .setParameter(4, unit.parentCode).setParameter(5, unit.districtCode).setParameter(6, unit.regionCode)
                .setParameter(7, unit.learnedAt).executeUpdate();
    }
}
