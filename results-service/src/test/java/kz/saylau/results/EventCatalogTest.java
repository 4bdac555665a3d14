package kz.saylau.results;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.saylau.results.certification.CertificationService;
import kz.saylau.results.mandate.MandateService;

/** events.md: each type results-service publishes, with every field of its payload, is in docs/events.md. */
class EventCatalogTest {

    record Published(String type, Class<? extends Record> payload) {
    }

    static final List<Published> PUBLISHED = List.of(
            new Published("saylau.election.certified.v1", CertificationService.Certified.class),
            new Published("saylau.election.failed.v1", CertificationService.Failed.class),
            new Published("saylau.election.reopened.v1", CertificationService.Reopened.class),
            new Published("saylau.mandate.started.v1", MandateService.Mandate.class),
            new Published("saylau.mandate.terminated.v1", MandateService.Mandate.class));

    @Test
    void everyPublishedTypeAndPayloadFieldIsDocumented() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("../docs/events.md")).stream().filter(l -> l.startsWith("| `")).toList();
        for (Published p : PUBLISHED) {
            String row = rows.stream().filter(r -> r.contains("`" + p.type() + "`")).findFirst().orElse(null);
            assertTrue(row != null, p.type() + " is not in docs/events.md");
            assertTrue(row.startsWith("| `" + CertificationService.TOPIC + "`"), p.type() + " is documented on another topic");
            for (RecordComponent field : p.payload().getRecordComponents()) {
                assertTrue(row.matches(".*\\b" + field.getName() + "\\b.*"), p.type() + ": field " + field.getName() + " is not documented");
            }
        }
    }
}
