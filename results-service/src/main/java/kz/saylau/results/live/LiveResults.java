package kz.saylau.results.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.saylau.results.result.ElectionResult;
import kz.saylau.results.result.ResultService;

/**
 * The live stream's events (api.md "Stream"): each change an applied event or a certification makes is sent to
 * the connected dashboards, and the latest ones are kept so a client reconnecting with {@code Last-Event-ID} gets
 * what it missed. Event ids belong to this instance: after a restart an old id finds nothing and the client gets a
 * fresh snapshot.
 */
@ApplicationScoped
public class LiveResults {

    private static final Logger LOG = Logger.getLogger(LiveResults.class);
    static final int KEEP = 10_000;

    public record Item(long id, String name, UUID electionId, String regionCode, String data) {
    }

    private final AtomicLong ids = new AtomicLong();
    private final ConcurrentLinkedDeque<Item> recent = new ConcurrentLinkedDeque<>();
    private final BroadcastProcessor<Item> live = BroadcastProcessor.create();
    private final ThreadLocal<Set<UUID>> changed = ThreadLocal.withInitial(LinkedHashSet::new);
    private final ThreadLocal<List<Runnable>> pending = ThreadLocal.withInitial(ArrayList::new);

    @Inject
    ObjectMapper mapper;

    @Inject
    ResultService results;

    /** Notes that an election's result changed in the transaction under way; sent by {@link #flush()}. */
    public void changed(UUID electionId) {
        changed.get().add(electionId);
    }

    /** An event to send once the transaction under way has committed. */
    public void later(String name, UUID electionId, String regionCode, Object data) {
        pending.get().add(() -> emit(name, electionId, regionCode, data));
    }

    /** Forgets what an earlier, failed attempt noted. */
    public void reset() {
        changed.get().clear();
        pending.get().clear();
    }

    /** After the transaction committed: the noted events, then one {@code result} event per election that changed. */
    public void flush() {
        List<Runnable> sends = new ArrayList<>(pending.get());
        pending.get().clear();
        sends.forEach(Runnable::run);
        Set<UUID> elections = changed.get();
        if (elections.isEmpty()) {
            return;
        }
        List<UUID> copy = new ArrayList<>(elections);
        elections.clear();
        for (UUID id : copy) {
            try {
                // the consumer's transaction has ended; the figures are read in one of their own
                ElectionResult r = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> results.result(id));
                emit("result", id, r.regionCode(), r);
            } catch (RuntimeException e) {
                // an election not known yet (its figures wait for it): nothing to show
                LOG.debugf("no result to stream for %s: %s", id, e.getMessage());
            }
        }
    }

    public void emit(String name, UUID electionId, String regionCode, Object data) {
        try {
            Item item = new Item(ids.incrementAndGet(), name, electionId, regionCode, mapper.writeValueAsString(data));
            recent.addLast(item);
            while (recent.size() > KEEP) {
                recent.pollFirst();
            }
            live.onNext(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
