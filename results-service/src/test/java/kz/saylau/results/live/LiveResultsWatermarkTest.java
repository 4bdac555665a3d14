package kz.saylau.results.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The stream's ids (issue 18): an event's id never claims a change that has not reached the dashboards yet, so a
 * dashboard resuming from it on any instance misses nothing.
 */
class LiveResultsWatermarkTest {

    private final UUID election = UUID.randomUUID();

    private LiveResults.Change change(long sequence, String name) {
        return new LiveResults.Change(sequence, name, election, "R1", "{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEventStreamedAheadOfAnotherInstancesChangeKeepsTheOldIdUntilThePollHasSentThatChange() {
        LiveResults live = new LiveResults();
        List<LiveResults.Item> seen = new ArrayList<>();
        live.live().subscribe().with(seen::add);
        live.caughtUp(10);
        // this instance commits 12 while 11 (another instance's) is not here yet
        live.emit(List.of(change(12, "result")));
        assertEquals(10, seen.get(0).id(), "12 is streamed, but a resume from its id must still ask for 11");
        live.caughtUp(11);   // the poll sent 11: 12 was streamed already, so both are behind the dashboards
        live.emit(List.of(change(13, "turnout"), change(13, "result")));
        assertEquals(12, seen.get(1).id(), "the first of a transaction's events does not claim the transaction");
        assertEquals(13, seen.get(2).id(), "its last one does");
        assertEquals(13, seen.get(2).sequence());
    }

    @Test
    void ownChangesStreamedOutOfOrderJoinTheWatermarkOnceTheGapIsFilled() {
        LiveResults live = new LiveResults();
        live.caughtUp(5);
        live.emit(List.of(change(7, "result")));
        live.emit(List.of(change(8, "result")));
        assertEquals(5, live.watermark());
        live.emit(List.of(change(6, "result")));
        assertEquals(8, live.watermark());
        live.caughtUp(7);
        assertEquals(8, live.watermark(), "the watermark never goes back");
    }
}
