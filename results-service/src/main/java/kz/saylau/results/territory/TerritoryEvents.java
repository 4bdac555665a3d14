package kz.saylau.results.territory;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;
import kz.saylau.platform.messaging.IncomingEvent;

/**
 * From {@code saylau.territory}: stores the units candidate-service creates (ResultEvents reads the topic and hands
 * each event here first; the precincts on it are counted there).
 */
@ApplicationScoped
public class TerritoryEvents {

    public void apply(IncomingEvent event) {
        if ("saylau.unit.created.v1".equals(event.type())) {
            unitCreated(event.data());
        }
        // other types on this topic (parties) are not needed here yet
    }

    private void unitCreated(JsonNode data) {
        String code = required(data, "code");
        KnownUnit unit = KnownUnit.<KnownUnit>findByIdOptional(code).orElseGet(KnownUnit::new);
        unit.code = code;
        unit.name = required(data, "name");
        unit.level = required(data, "level");
        unit.parentCode = data.path("parentCode").asText(null);
        unit.districtCode = data.path("districtCode").asText(null);
        unit.regionCode = required(data, "regionCode");
        unit.learnedAt = Instant.now();
        unit.persist();
    }

    private static String required(JsonNode data, String field) {
        String value = data.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("saylau.unit.created.v1 without " + field);
        }
        return value;
    }
}
