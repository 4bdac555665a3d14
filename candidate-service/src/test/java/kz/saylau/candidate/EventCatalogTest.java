package kz.saylau.candidate;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.saylau.platform.testing.EventCatalog;
import kz.saylau.platform.testing.EventCatalog.Published;
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

    static final List<Published> PUBLISHED = List.of(
            new Published(UnitCreated.TOPIC, List.of(UnitCreated.TYPE, UnitCreated.CHANGED), UnitCreated.class),
            new Published(PartyResponse.TOPIC, List.of(PartyResponse.TYPE, PartyResponse.CHANGED), PartyResponse.class),
            new Published(ElectionAnnounced.TOPIC, List.of(ElectionAnnounced.CALLED, ElectionAnnounced.CALENDAR_CHANGED,
                    ElectionAnnounced.CANCELLED), ElectionAnnounced.class),
            new Published(ElectionFailed.TOPIC, List.of(ElectionFailed.TYPE), ElectionFailed.class),
            new Published(RegistrationClosed.TOPIC, List.of(RegistrationClosed.TYPE), RegistrationClosed.class),
            new Published(CandidateEvent.TOPIC, Arrays.stream(CandidateStatus.values()).map(CandidateEvent::type).toList(),
                    CandidateEvent.class));

    @Test
    void everyPublishedTypeAndPayloadFieldIsDocumented() throws IOException {
        EventCatalog.assertDocumented(PUBLISHED);
    }
}
