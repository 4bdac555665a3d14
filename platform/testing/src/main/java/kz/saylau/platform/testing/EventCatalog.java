package kz.saylau.platform.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * docs/events.md documents every topic, type and payload the services publish: each type a service publishes must be
 * in a row of it that names its topic, with every field of its payload records. A service's test lists what it
 * publishes and calls {@link #assertDocumented}.
 */
public final class EventCatalog {

    /** Types published on one topic, with the records their payload is made of. */
    public record Published(String topic, List<String> types, List<Class<? extends Record>> payload) {

        public Published(String topic, List<String> types, Class<? extends Record> payload) {
            this(topic, types, List.of(payload));
        }
    }

    private EventCatalog() {
    }

    public static void assertDocumented(List<Published> published) throws IOException {
        List<String> rows = Files.readAllLines(Path.of("../docs/events.md")).stream().filter(l -> l.startsWith("| `")).toList();
        for (Published p : published) {
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
