package kz.saylau.results.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What a client resuming with Last-Event-ID gets once more events passed than the stream keeps (api.md "Stream"). */
class LiveResultsBufferTest {

    @Test
    void aResumingClientGetsWhatItMissedWhileTheBufferReachesBackThatFar() {
        LiveResults live = new LiveResults();
        UUID election = UUID.randomUUID();
        int sent = LiveResults.KEEP + 25;
        for (int i = 1; i <= sent; i++) {
            live.emitJson("result", election, "R1", ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(sent, live.lastId());

        // the oldest kept is the event 26: a client that saw 25 misses nothing, one that saw 24 needs a fresh snapshot
        List<LiveResults.Item> missed = live.since(25).orElseThrow();
        assertEquals(LiveResults.KEEP, missed.size());
        assertEquals(26, missed.get(0).id());
        assertEquals(sent, missed.get(missed.size() - 1).id());
        assertTrue(live.since(24).isEmpty());

        List<LiveResults.Item> latest = live.since(sent - 3).orElseThrow();
        assertEquals(List.of("{\"n\":" + (sent - 2) + "}", "{\"n\":" + (sent - 1) + "}", "{\"n\":" + sent + "}"),
                latest.stream().map(LiveResults.Item::data).toList());
    }
}
