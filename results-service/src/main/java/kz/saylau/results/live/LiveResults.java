package kz.saylau.results.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The live stream's events (api.md "Stream"): each change an applied event or a certification makes is sent to
 * the connected dashboards (see {@code ResultChanges}), and the latest ones are kept so a client reconnecting with
 * {@code Last-Event-ID} gets what it missed. Event ids belong to this instance: after a restart an old id finds nothing and the client gets a
 * fresh snapshot.
 */
@ApplicationScoped
public class LiveResults {

    static final int KEEP = 10_000;

    public record Item(long id, String name, UUID electionId, String regionCode, String data) {
    }

    private final AtomicLong ids = new AtomicLong();
    private final ConcurrentLinkedDeque<Item> recent = new ConcurrentLinkedDeque<>();
    /** How many items {@code recent} holds: the deque's own size() walks all of them, on every emit. */
    private int kept;
    private final BroadcastProcessor<Item> live = BroadcastProcessor.create();

    @Inject
    ObjectMapper mapper;

    public void emit(String name, UUID electionId, String regionCode, Object data) {
        try {
            emitJson(name, electionId, regionCode, mapper.writeValueAsBytes(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends an event whose data is JSON already (a rendered snapshot). */
    public synchronized void emitJson(String name, UUID electionId, String regionCode, byte[] json) {
        // synchronized: ids are handed out in the order items enter the buffer, so a resuming client misses none
        Item item = new Item(ids.incrementAndGet(), name, electionId, regionCode,
                new String(json, java.nio.charset.StandardCharsets.UTF_8));
        recent.addLast(item);
        for (kept++; kept > KEEP; kept--) {
            recent.pollFirst();
        }
        live.onNext(item);
    }

    public long lastId() {
        return ids.get();
    }

    /** What a client that saw {@code lastSeen} missed, or empty when the buffer no longer reaches back that far. */
    public java.util.Optional<List<Item>> since(long lastSeen) {
        Item first = recent.peekFirst();
        if (lastSeen > ids.get() || (first != null && first.id() > lastSeen + 1)) {
            return java.util.Optional.empty();
        }
        List<Item> missed = new ArrayList<>();
        for (Iterator<Item> it = recent.iterator(); it.hasNext();) {
            Item i = it.next();
            if (i.id() > lastSeen) {
                missed.add(i);
            }
        }
        return java.util.Optional.of(missed);
    }

    public Multi<Item> live() {
        return live;
    }

    static Duration keepAlive() {
        return Duration.ofSeconds(10);
    }
}
