package kz.saylau.ballot;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.saylau.platform.testing.EventCatalog;
import kz.saylau.platform.testing.EventCatalog.Published;
import kz.saylau.ballot.ballot.BallotView;
import kz.saylau.ballot.evoting.EboxCount;
import kz.saylau.ballot.precinct.PrecinctResponse;
import kz.saylau.ballot.protocol.ProtocolView;
import kz.saylau.ballot.turnout.TurnoutReported;

/** events.md: each type ballot-service publishes, with every field of its payload, is in docs/events.md. */
class EventCatalogTest {

    static final List<Published> PUBLISHED = List.of(
            new Published(PrecinctResponse.TOPIC, List.of(PrecinctResponse.REGISTERED, PrecinctResponse.UPDATED, PrecinctResponse.CLOSED),
                    List.of(PrecinctResponse.class)),
            new Published(BallotView.TOPIC, List.of(BallotView.TYPE), List.of(BallotView.class, BallotView.Option.class)),
            new Published(TurnoutReported.TOPIC, List.of(TurnoutReported.TYPE), List.of(TurnoutReported.class)),
            new Published(ProtocolView.TOPIC, List.of(ProtocolView.TYPE), List.of(ProtocolView.class)),
            new Published(EboxCount.TOPIC, List.of(EboxCount.TYPE), List.of(EboxCount.EboxClosed.class, EboxCount.Count.class)),
            new Published(EboxCount.TOPIC, List.of(EboxCount.TALLIED), List.of(EboxCount.EboxTallied.class)));

    @Test
    void everyPublishedTypeAndPayloadFieldIsDocumented() throws IOException {
        EventCatalog.assertDocumented(PUBLISHED);
    }
}
