package kz.saylau.results.result;

import kz.saylau.platform.web.Language;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.results.live.LiveResults;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.platform.web.Hashes;

/**
 * The read path of R-X5: each election's result, rendered once per change into JSON bytes and an ETag, and served
 * from memory to every reader until the next change. A change this instance applies replaces the snapshot as soon as
 * it commits; a change another instance applied (one consumer group, shared database) is picked up by a poll of the
 * change counter, which also streams it to this instance's dashboards. When the polls open or close the snapshot is
 * rendered again, since what a result may show depends on that (the embargo of R-V3).
 */
@ApplicationScoped
public class ResultSnapshots {

    private static final Logger LOG = Logger.getLogger(ResultSnapshots.class);

    /** One rendered result. */
    public record Snapshot(ElectionResult result, long turnoutBase, String regionName, Instant pollsOpen,
            Instant pollsClose, String phase, byte[] json, String etag, Map<Language, byte[]> localized) {

        long sequence() {
            return result.sequence();
        }

        /** The rendered bytes in {@code language} (issue 19 #7): the English ones re-labelled, once per language. */
        public byte[] json(Language language, ObjectMapper mapper) {
            return language == Language.EN ? json : localized.computeIfAbsent(language, l -> ResultLabels.localize(json, l, mapper));
        }

        /** Each language's bytes have their own ETag, so that a 304 never answers one language with another. */
        public String etag(Language language) {
            return language == Language.EN ? etag : etag + "-" + language.tag();
        }
    }

    private final Map<UUID, Snapshot> snapshots = new ConcurrentHashMap<>();
    private volatile long polledUpTo = -1;
    /** The counter value up to which kept stream events of other instances were streamed here. */
    private volatile long keptUpTo = -1;

    @Inject
    ResultService results;

    @Inject
    ElectionClock clock;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    LiveResults live;

    void start(@Observes StartupEvent start) {
        polledUpTo = QuarkusTransaction.requiringNew().call(this::counter);
        keptUpTo = polledUpTo;
        live.caughtUp(polledUpTo);   // nothing streamed yet: a dashboard's opening snapshot is read after this
    }

    /** The current snapshot of an election; 404 (ProblemException) for one not known here. */
    public Snapshot get(UUID id) {
        return get(id, 0);
    }

    /** The snapshot of an election, at least as new as {@code sequence} (a change read from the database). */
    public Snapshot get(UUID id, long sequence) {
        Snapshot s = snapshots.get(id);
        if (s != null && s.sequence() >= sequence
                && s.phase().equals(ResultService.phase(clock.instant(), s.pollsOpen(), s.pollsClose()))) {
            return s;
        }
        Snapshot fresh = QuarkusTransaction.requiringNew().call(() -> render(id));
        offer(fresh);
        return fresh;
    }

    /** Renders an election's result inside the caller's transaction. */
    public Snapshot render(UUID id) {
        // one reading of the clock for the figures and the phase they are labelled with: a clock moved between two
        // readings would label a result counted before the close as after it, and it would never be rendered again
        return render(id, clock.instant());
    }

    /** Renders an election's result as of {@code now}, inside the caller's transaction. */
    public Snapshot render(UUID id, Instant now) {
        ResultService.Election e = results.election(id, false);
        ResultService.Figures f = results.figures(e, now);
        ElectionResult r = f.result();
        try {
            byte[] json = mapper.writeValueAsBytes(r);
            return new Snapshot(r, f.turnoutBase(), e.regionName(), e.pollsOpen(), e.pollsClose(),
                    ResultService.phase(now, e.pollsOpen(), e.pollsClose()), json, Hashes.sha256(json).substring(0, 32),
                    new ConcurrentHashMap<>());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Keeps a snapshot unless a newer one is kept already; true if it replaced what readers see. */
    public boolean offer(Snapshot s) {
        boolean[] replaced = { false };
        snapshots.compute(s.result().electionId(), (id, old) -> {
            if (old == null || old.sequence() < s.sequence()
                    || (old.sequence() == s.sequence() && !old.phase().equals(s.phase()))) {
                replaced[0] = true;
                return s;
            }
            return old;
        });
        return replaced[0];
    }

    /** Keeps a newer snapshot and streams it as a {@code result} event; an older or equal one is neither. */
    public void publish(Snapshot s) {
        if (offer(s)) {
            live.emit(List.of(change(s)));
        }
    }

    /** A snapshot as the stream's {@code result} event. */
    public static LiveResults.Change change(Snapshot s) {
        return new LiveResults.Change(s.sequence(), "result", s.result().electionId(), s.result().regionCode(), s.json());
    }

    /**
     * Changes committed by another instance, and polls that opened or closed: rendered again and streamed. Cheap when
     * nothing happened (one indexed query).
     */
    @Scheduled(every = "${saylau.results.snapshot-poll:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void poll() {
        try {
            long from = polledUpTo;
            if (from < 0) {
                return;
            }
            Instant now = clock.instant();
            List<UUID> stale = new java.util.ArrayList<>();
            snapshots.forEach((id, s) -> {
                if (!s.phase().equals(ResultService.phase(now, s.pollsOpen(), s.pollsClose()))) {
                    stale.add(id);
                }
            });
            QuarkusTransaction.requiringNew().run(() -> {
                // the counter first: every change up to it has committed (ResultChanges), and is read below
                long counter = counter();
                // turnout and certified events another instance kept: its dashboards had them, now this one's do
                @SuppressWarnings("unchecked")
                List<Object[]> kept = em.createNativeQuery("select sequence, name, election_id, region_code, data"
                        + " from result_stream_event where sequence > ?1 and sequence <= ?2 order by sequence, ordinal")
                        .setParameter(1, keptUpTo).setParameter(2, counter).getResultList();
                List<LiveResults.Change> others = new java.util.ArrayList<>();
                for (Object[] k : kept) {
                    long at = ((Number) k[0]).longValue();
                    if (!live.isKeptHere(at)) {
                        others.add(new LiveResults.Change(at, (String) k[1], (UUID) k[2], (String) k[3],
                                ((String) k[4]).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    }
                }
                if (!others.isEmpty()) {
                    live.emit(others);
                }
                keptUpTo = counter;
                live.forgetKeptUpTo(counter);
                @SuppressWarnings("unchecked")
                List<Object[]> changed = em.createNativeQuery(
                        "select id, sequence from result_election where sequence > ?1 order by sequence limit 2000")
                        .setParameter(1, from).getResultList();
                long upTo = from;
                for (Object[] row : changed) {
                    UUID id = (UUID) row[0];
                    long sequence = ((Number) row[1]).longValue();
                    upTo = Math.max(upTo, sequence);
                    Snapshot known = snapshots.get(id);
                    if (known == null || known.sequence() < sequence) {
                        stale.add(id);
                    }
                }
                for (UUID id : new java.util.LinkedHashSet<>(stale)) {
                    publish(render(id));
                }
                polledUpTo = upTo;
                if (changed.size() < 2000) {
                    live.caughtUp(counter);
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("snapshot poll failed; it runs again", e);
        }
    }

    /** The change counter's current value (results changed up to it). */
    public long counter() {
        return ((Number) em.createNativeQuery("select value from result_counter where id = 1").getSingleResult()).longValue();
    }
}
