package kz.saylau.results.territory;

import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.saylau.results.platform.events.IncomingEvent;

/** Reads {@code saylau.territory}: stores the units candidate-service creates. */
@ApplicationScoped
public class TerritoryEvents {

    @Inject
    kz.saylau.results.result.ResultEvents results;

    @Incoming("territory")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        results.batch(records, this::apply);
    }

    void apply(IncomingEvent event) {
        if ("saylau.unit.created.v1".equals(event.type())) {
            unitCreated(event.data());
        } else if (event.type().startsWith("saylau.precinct.")) {
            results.applyEvent(event);
        }
        // other types on this topic (parties, precincts) are not needed here yet
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
