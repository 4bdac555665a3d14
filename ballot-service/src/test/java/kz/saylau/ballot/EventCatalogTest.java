package kz.saylau.ballot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.saylau.ballot.ballot.BallotView;
import kz.saylau.ballot.evoting.EboxCount;
import kz.saylau.ballot.precinct.PrecinctResponse;
import kz.saylau.ballot.protocol.ProtocolView;
import kz.saylau.ballot.turnout.TurnoutReported;

/** events.md: each type ballot-service publishes, with every field of its payload, is in docs/events.md. */
class EventCatalogTest {

    record Published(String topic, List<String> types, List<Class<? extends Record>> payload) {
    }

    static final List<Published> PUBLISHED = List.of(
            new Published(PrecinctResponse.TOPIC, List.of(PrecinctResponse.REGISTERED, PrecinctResponse.UPDATED),
                    List.of(PrecinctResponse.class)),
            new Published(BallotView.TOPIC, List.of(BallotView.TYPE), List.of(BallotView.class, BallotView.Option.class)),
            new Published(TurnoutReported.TOPIC, List.of(TurnoutReported.TYPE), List.of(TurnoutReported.class)),
            new Published(ProtocolView.TOPIC, List.of(ProtocolView.TYPE), List.of(ProtocolView.class)),
            new Published(EboxCount.TOPIC, List.of(EboxCount.TYPE), List.of(EboxCount.EboxClosed.class, EboxCount.Count.class)));

    @Test
    void everyPublishedTypeAndPayloadFieldIsDocumented() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("../docs/events.md")).stream().filter(l -> l.startsWith("| `")).toList();
        for (Published p : PUBLISHED) {
            for (String type : p.types()) {
                String row = rows.stream().filter(r -> r.contains("`" + type + "`")).findFirst().orElse(null);
                assertTrue(row != null, type + " is not in docs/events.md");
                assertTrue(row.startsWith("| `" + p.topic() + "`"), type + " is documented on another topic than " + p.topic());
                for (Class<? extends Record> payload : p.payload()) {
                    for (RecordComponent field : payload.getRecordComponents()) {
                        assertTrue(row.matches(".*\\b" + field.getName() + "\\b.*"),
                                type + ": payload field " + field.getName() + " is not documented");
                    }
                }
            }
        }
    }
}
