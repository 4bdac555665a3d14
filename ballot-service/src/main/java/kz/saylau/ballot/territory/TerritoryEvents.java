package kz.saylau.ballot.territory;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.saylau.platform.messaging.EventReader;
import kz.saylau.platform.messaging.IncomingEvent;

/** From {@code saylau.territory} (via EventConsumer): stores the units candidate-service creates. */
@ApplicationScoped
public class TerritoryEvents implements EventReader {

    @Inject
    UnitDirectory directory;

    @Override
    public void apply(IncomingEvent event) {
        if ("saylau.unit.created.v1".equals(event.type())) {
            unitCreated(event.data());
        }
        // other types on this topic (parties, precincts) are not needed here yet
    }

    private void unitCreated(JsonNode data) {
        KnownUnit unit = new KnownUnit();
        unit.code = required(data, "code");
        unit.name = required(data, "name");
        unit.level = required(data, "level");
        unit.parentCode = data.path("parentCode").asText(null);
        unit.districtCode = data.path("districtCode").asText(null);
        unit.regionCode = required(data, "regionCode");
        unit.learnedAt = Instant.now();
        directory.remember(unit);
    }

    private static String required(JsonNode data, String field) {
        String value = data.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("saylau.unit.created.v1 without " + field);
        }
        return value;
    }
}
