package kz.saylau.results.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.results.live.LiveResults;

/**
 * What one transaction changed in the results, and what to stream once it has committed. The elections it touched
 * get the next value of the change counter as the transaction's last step ({@link #finish()}), are rendered then,
 * and become the readers' snapshots and the stream's {@code result} events after the commit ({@link #flush()}).
 * State is per thread: one transaction at a time on a thread.
 */
@ApplicationScoped
public class ResultChanges {

    private final ThreadLocal<Set<UUID>> changed = ThreadLocal.withInitial(TreeSet::new);
    /** Stream events noted before the counter value is taken, and those after it (kept and sent after the commit). */
    private final ThreadLocal<List<Noted>> pending = ThreadLocal.withInitial(ArrayList::new);
    private final ThreadLocal<List<LiveResults.Change>> kept = ThreadLocal.withInitial(ArrayList::new);
    /** The counter value this transaction took, or -1 before {@link #finish()} (or when it changed no known result). */
    private final ThreadLocal<long[]> sequence = ThreadLocal.withInitial(() -> new long[] { -1 });

    private record Noted(String name, UUID electionId, String regionCode, byte[] json) {
    }
    private final ThreadLocal<List<ResultSnapshots.Snapshot>> rendered = ThreadLocal.withInitial(ArrayList::new);

    @Inject
    EntityManager em;

    @Inject
    ResultSnapshots snapshots;

    @Inject
    LiveResults live;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    /** Forgets what an earlier, failed attempt on this thread noted. */
    public void reset() {
        changed.get().clear();
        pending.get().clear();
        kept.get().clear();
        rendered.get().clear();
        sequence.get()[0] = -1;
    }

    /** Notes that an election's result changes in the transaction under way. */
    public void changed(UUID electionId) {
        changed.get().add(electionId);
    }

    /**
     * A stream event to send once the transaction under way has committed. It is kept in {@code result_stream_event}
     * under the transaction's counter value, so a dashboard that resumes on any instance gets it.
     */
    public void later(String name, UUID electionId, String regionCode, Object data) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Noted noted = new Noted(name, electionId, regionCode, json);
        if (sequence.get()[0] < 0) {
            pending.get().add(noted);
        } else {
            keep(noted);
        }
    }

    private void keep(Noted n) {
        long at = sequence.get()[0];
        int ordinal = kept.get().size();
        em.createNativeQuery("insert into result_stream_event (sequence, ordinal, name, election_id, region_code, data) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, at).setParameter(2, ordinal).setParameter(3, n.name())
                .setParameter(4, n.electionId()).setParameter(5, n.regionCode())
                .setParameter(6, new String(n.json(), java.nio.charset.StandardCharsets.UTF_8)).executeUpdate();
        kept.get().add(new LiveResults.Change(at, n.name(), n.electionId(), n.regionCode(), n.json()));
        live.keptHere(at);   // before the commit, so the snapshot poll never streams it a second time
    }

    /**
     * The transaction's last step: the changed elections (known ones) are locked in id order, take one new counter
     * value, and are rendered. The counter row stays locked until the commit, so counter values commit in order.
     */
    public List<ResultSnapshots.Snapshot> finish() {
        List<UUID> known = new ArrayList<>();
        for (UUID id : changed.get()) {
            if (!em.createNativeQuery("select 1 from result_election where id = ?1 for update").setParameter(1, id)
                    .getResultList().isEmpty()) {
                known.add(id);
            }
        }
        changed.get().clear();
        if (known.isEmpty()) {
            return List.of();
        }
        long sequence = ((Number) em.createNativeQuery(
                "update result_counter set value = value + 1 where id = 1 returning value").getSingleResult()).longValue();
        this.sequence.get()[0] = sequence;
        pending.get().forEach(this::keep);
        pending.get().clear();
        List<ResultSnapshots.Snapshot> out = new ArrayList<>();
        for (UUID id : known) {
            em.createNativeQuery("update result_election set sequence = ?2 where id = ?1").setParameter(1, id)
                    .setParameter(2, sequence).executeUpdate();
            out.add(snapshots.render(id));
        }
        rendered.get().addAll(out);
        return out;
    }

    /**
     * After the commit: the noted stream events, then each new snapshot as a {@code result} event, in one go (the
     * stream's id moves past this transaction with the last of them). Events noted in a transaction that changed no
     * known result have no counter value: they are streamed by this instance only.
     */
    public void flush() {
        List<LiveResults.Change> out = new ArrayList<>(kept.get());
        long unplaced = live.watermark();
        for (Noted n : pending.get()) {
            out.add(new LiveResults.Change(unplaced, n.name(), n.electionId(), n.regionCode(), n.json()));
        }
        for (ResultSnapshots.Snapshot s : rendered.get()) {
            if (snapshots.offer(s)) {
                out.add(ResultSnapshots.change(s));
            }
        }
        reset();
        if (!out.isEmpty()) {
            live.emit(out);
        }
    }
}
