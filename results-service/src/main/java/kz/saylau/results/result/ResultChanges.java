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
    private final ThreadLocal<List<Runnable>> pending = ThreadLocal.withInitial(ArrayList::new);
    private final ThreadLocal<List<ResultSnapshots.Snapshot>> rendered = ThreadLocal.withInitial(ArrayList::new);

    @Inject
    EntityManager em;

    @Inject
    ResultSnapshots snapshots;

    @Inject
    LiveResults live;

    /** Forgets what an earlier, failed attempt on this thread noted. */
    public void reset() {
        changed.get().clear();
        pending.get().clear();
        rendered.get().clear();
    }

    /** Notes that an election's result changes in the transaction under way. */
    public void changed(UUID electionId) {
        changed.get().add(electionId);
    }

    /** A stream event to send once the transaction under way has committed. */
    public void later(String name, UUID electionId, String regionCode, Object data) {
        pending.get().add(() -> live.emit(name, electionId, regionCode, data));
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
        List<ResultSnapshots.Snapshot> out = new ArrayList<>();
        for (UUID id : known) {
            em.createNativeQuery("update result_election set sequence = ?2 where id = ?1").setParameter(1, id)
                    .setParameter(2, sequence).executeUpdate();
            out.add(snapshots.render(id));
        }
        rendered.get().addAll(out);
        return out;
    }

    /** After the commit: the noted stream events, then the new snapshots, each streamed as a {@code result} event. */
    public void flush() {
        List<Runnable> sends = new ArrayList<>(pending.get());
        List<ResultSnapshots.Snapshot> done = new ArrayList<>(rendered.get());
        reset();
        sends.forEach(Runnable::run);
        done.forEach(snapshots::publish);
    }
}
