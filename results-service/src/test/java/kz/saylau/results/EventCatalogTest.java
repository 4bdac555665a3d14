package kz.saylau.results;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.saylau.platform.testing.EventCatalog;
import kz.saylau.platform.testing.EventCatalog.Published;
import kz.saylau.results.certification.CertificationService;
import kz.saylau.results.mandate.MandateService;

/** events.md: each type results-service publishes, with every field of its payload, is in docs/events.md. */
class EventCatalogTest {

    static final List<Published> PUBLISHED = List.of(
            new Published(CertificationService.TOPIC, List.of("saylau.election.certified.v1"), CertificationService.Certified.class),
            new Published(CertificationService.TOPIC, List.of("saylau.election.failed.v1"), CertificationService.Failed.class),
            new Published(CertificationService.TOPIC, List.of("saylau.election.reopened.v1"), CertificationService.Reopened.class),
            new Published(CertificationService.TOPIC, List.of("saylau.mandate.started.v1"), MandateService.Mandate.class),
            new Published(CertificationService.TOPIC, List.of("saylau.mandate.terminated.v1"), MandateService.Mandate.class));

    @Test
    void everyPublishedTypeAndPayloadFieldIsDocumented() throws IOException {
        EventCatalog.assertDocumented(PUBLISHED);
    }
}
