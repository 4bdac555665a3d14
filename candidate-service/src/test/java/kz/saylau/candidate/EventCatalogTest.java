package kz.saylau.candidate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.saylau.candidate.election.ElectionAnnounced;
import kz.saylau.candidate.nomination.CandidateEvent;
import kz.saylau.candidate.nomination.CandidateStatus;
import kz.saylau.candidate.nomination.RegistrationClosed;
import kz.saylau.candidate.election.ElectionFailed;
import kz.saylau.candidate.party.PartyResponse;
import kz.saylau.candidate.territory.UnitCreated;

/**
 * events.md: every topic, type and payload is documented in the project. Each type candidate-service publishes,
 * with every field of its payload, must be in a row of docs/events.md that names its topic.
 */
class EventCatalogTest {

    record Published(String topic, List<String> types, Class<? extends Record> payload) {
    }

    static final List<Published> PUBLISHED = List.of(
            new Published(UnitCreated.TOPIC, List.of(UnitCreated.TYPE), UnitCreated.class),
            new Published(PartyResponse.TOPIC, List.of(PartyResponse.TYPE), PartyResponse.class),
            new Published(ElectionAnnounced.TOPIC, List.of(ElectionAnnounced.CALLED, ElectionAnnounced.CALENDAR_CHANGED,
                    ElectionAnnounced.CANCELLED), ElectionAnnounced.class),
            new Published(ElectionFailed.TOPIC, List.of(ElectionFailed.TYPE), ElectionFailed.class),
            new Published(RegistrationClosed.TOPIC, List.of(RegistrationClosed.TYPE), RegistrationClosed.class),
            new Published(CandidateEvent.TOPIC, Arrays.stream(CandidateStatus.values()).map(CandidateEvent::type).toList(),
                    CandidateEvent.class));

    @Test
    void everyPublishedTypeAndPayloadFieldIsDocumented() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("../docs/events.md")).stream().filter(l -> l.startsWith("| `")).toList();
        for (Published p : PUBLISHED) {
            for (String type : p.types()) {
                String row = rows.stream().filter(r -> r.contains("`" + type + "`")).findFirst().orElse(null);
                assertTrue(row != null, type + " is not in docs/events.md");
                assertTrue(row.startsWith("| `" + p.topic() + "`"), type + " is documented on another topic than " + p.topic());
                for (RecordComponent field : p.payload().getRecordComponents()) {
                    assertTrue(row.matches(".*\\b" + field.getName() + "\\b.*"),
                            type + ": payload field " + field.getName() + " is not documented");
                }
            }
        }
    }
}
