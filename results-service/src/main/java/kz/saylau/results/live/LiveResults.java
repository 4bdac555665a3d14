package kz.saylau.results.live;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The live stream's events (api.md "Stream") as this instance sends them to its dashboards (see {@code ResultChanges}).
 *
 * <p>Event ids are positions of the change counter that every instance shares (issue 18), so a dashboard may resume
 * on any instance. An event's id is this instance's <em>watermark</em>: the counter value up to which every change
 * has reached its dashboards, in this event or before it. A change this instance commits is streamed at once, and
 * one another instance commits is picked up by the snapshot poll, so changes are not always streamed in counter
 * order; an id therefore never claims a change that has not been streamed yet, and a resume
 * ({@code StreamResource}) sends from the database whatever changed after the id: at worst something again,
 * never a gap.
 */
@ApplicationScoped
public class LiveResults {

    /** How many events one slow dashboard may have waiting before it is closed (and resumes by Last-Event-ID). */
    static final int KEEP = 10_000;

    /**
     * One event: {@code id} is the watermark sent as its {@code id:}, {@code sequence} the counter value of the change
     * it shows.
     */
    public record Item(long id, long sequence, String name, UUID electionId, String regionCode, String data) {
    }

    /** One event to send: the change's counter value and what it shows. */
    public record Change(long sequence, String name, UUID electionId, String regionCode, byte[] json) {
    }

    private long watermark = -1;
    /** Counter values streamed above the watermark, not yet joined to it. */
    private final TreeSet<Long> ahead = new TreeSet<>();
    private final BroadcastProcessor<Item> live = BroadcastProcessor.create();
    /** Counter values of this instance's transactions that kept stream events: the snapshot poll leaves them out. */
    private final java.util.Set<Long> ownKept = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Streams one committed transaction's events, in order. The watermark moves past the transaction's counter value
     * only with its last event, so a dashboard that saw part of them resumes from before it.
     */
    public synchronized void emit(List<Change> changes) {
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            if (i == changes.size() - 1) {
                reached(c.sequence());
            }
            live.onNext(new Item(watermark, c.sequence(), c.name(), c.electionId(), c.regionCode(),
                    new String(c.json(), java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    /** Every change up to {@code counter} has been streamed (the snapshot poll read and sent them all). */
    public synchronized void caughtUp(long counter) {
        if (counter > watermark) {
            watermark = counter;
            ahead.headSet(counter, true).clear();
            join();
        }
    }

    private void reached(long sequence) {
        if (watermark >= 0 && sequence == watermark + 1) {
            watermark = Math.max(watermark, sequence);
            join();
        } else if (sequence > watermark) {
            ahead.add(sequence);
        }
    }

    private void join() {
        while (!ahead.isEmpty() && ahead.first() <= watermark + 1) {
            watermark = Math.max(watermark, ahead.pollFirst());
        }
    }

    /** A transaction of this instance keeps stream events under {@code sequence}: it streams them itself. */
    public void keptHere(long sequence) {
        ownKept.add(sequence);
    }

    /** True when this instance streams the events kept under {@code sequence} itself. */
    public boolean isKeptHere(long sequence) {
        return ownKept.contains(sequence);
    }

    /** Forgets this instance's own counter values up to {@code counter} (the poll has read past them). */
    public void forgetKeptUpTo(long counter) {
        ownKept.removeIf(s -> s <= counter);
    }

    /** The watermark now. */
    public synchronized long watermark() {
        return watermark;
    }

    public Multi<Item> live() {
        return live;
    }

    static Duration keepAlive() {
        return Duration.ofSeconds(10);
    }
}
