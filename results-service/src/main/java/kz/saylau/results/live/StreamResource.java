package kz.saylau.results.live;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import kz.saylau.results.result.ResultSnapshots;

/**
 * {@code GET /api/results/stream?election=&region=} (api.md "Stream"): the current {@code result} of each election
 * it covers on connect (or, with {@code Last-Event-ID}, what the client missed, read from the database, so any
 * instance serves it), then {@code result}, {@code turnout} and {@code certified} events as they happen, and a
 * keep-alive comment every 10 s. A resume from an id this database never gave starts with a {@code resync} event,
 * then the snapshot.
 */
@Path("/api/results/stream")
public class StreamResource {

    @Inject
    LiveResults live;

    @Inject
    ResultSnapshots snapshots;

    @Inject
    EntityManager em;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> stream(@QueryParam("election") UUID election, @QueryParam("region") String region,
            @QueryParam("snapshot") @jakarta.ws.rs.DefaultValue("true") boolean snapshot,
            @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        // what happens from now on is held while the opening is read, so nothing falls between the two; a dashboard
        // slower than election night, KEEP events behind, is closed, and resumes with Last-Event-ID
        io.smallrye.mutiny.subscription.Cancellable[] upstream = new io.smallrye.mutiny.subscription.Cancellable[1];
        io.smallrye.mutiny.operators.multi.processors.UnicastProcessor<LiveResults.Item> following =
                io.smallrye.mutiny.operators.multi.processors.UnicastProcessor.create(
                        new java.util.concurrent.ArrayBlockingQueue<>(LiveResults.KEEP), () -> upstream[0].cancel());
        upstream[0] = live.live().subscribe().with(following::onNext, following::onError, following::onComplete);
        try {
            return stream(election, region, snapshot, lastEventId, sse, following);
        } catch (RuntimeException e) {
            upstream[0].cancel();   // the database did not answer: nobody will read what is held
            throw e;
        }
    }

    private Multi<OutboundSseEvent> stream(UUID election, String region, boolean snapshot, String lastEventId, Sse sse,
            Multi<LiveResults.Item> following) {
        // the counter first: every change up to it has committed, and is in what is read after it
        long counter = snapshots.counter();
        long resumeFrom = lastEventId != null && lastEventId.matches("\\d{1,18}") ? Long.parseLong(lastEventId) : -1;
        // an id this database never gave (another deployment's, a restored backup's) cannot be resumed from: the
        // client is told so before the fresh snapshot, and replaces what it shows instead of adding to it
        boolean resync = lastEventId != null && (resumeFrom < 0 || resumeFrom > counter);
        List<LiveResults.Item> first = new ArrayList<>();
        if (!resync && resumeFrom >= 0) {
            // a resume, on this instance or any other: the turnout and certified events after the id, then the
            // current result of each election that changed after it
            first.addAll(kept(resumeFrom, election, region, counter));
            for (Object[] row : elections(election, region, resumeFrom)) {
                opening(first, (UUID) row[0], ((Number) row[1]).longValue(), counter);
            }
        } else if (snapshot) {
            // snapshot=false: a client that has just read the results another way (a page rendered on the server)
            // takes only what happens from now on
            for (Object[] row : elections(election, region, -1)) {
                opening(first, (UUID) row[0], ((Number) row[1]).longValue(), counter);
            }
        }
        Multi<OutboundSseEvent> opening = Multi.createFrom().iterable(first).map(i -> event(sse, i));
        if (resync) {
            opening = Multi.createBy().concatenating().streams(Multi.createFrom().item(sse.newEventBuilder().name("resync")
                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data("{\"lastEventId\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(lastEventId)
                            + ",\"reason\":\"GAP_TOO_OLD\"}")
                    .build()), opening);
        }
        // a change the opening already showed is not sent twice
        Multi<OutboundSseEvent> then = following.filter(i -> i.sequence() > counter && covers(i, election, region))
                .map(i -> event(sse, i));
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(LiveResults.keepAlive())
                .map(t -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().concatenating().streams(opening, Multi.createBy().merging().streams(then, keepAlive));
    }

    /** An election's current result (at least as new as the database said), sent with the counter read as its id. */
    private void opening(List<LiveResults.Item> into, UUID id, long sequence, long counter) {
        try {
            ResultSnapshots.Snapshot r = snapshots.get(id, sequence);
            into.add(new LiveResults.Item(counter, r.result().sequence(), "result", id, r.result().regionCode(),
                    new String(r.json(), java.nio.charset.StandardCharsets.UTF_8)));
        } catch (RuntimeException unknown) {
            // not known here (yet): nothing to send
        }
    }

    /** The turnout and certified events after {@code after}, in counter order. */
    private List<LiveResults.Item> kept(long after, UUID election, String region, long counter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select sequence, name, election_id, region_code, data from result_stream_event"
                + " where sequence > ?1 and sequence <= ?2 order by sequence, ordinal").setParameter(1, after)
                .setParameter(2, counter).getResultList();
        List<LiveResults.Item> out = new ArrayList<>();
        for (Object[] r : rows) {
            LiveResults.Item i = new LiveResults.Item(after, ((Number) r[0]).longValue(), (String) r[1], (UUID) r[2],
                    (String) r[3], (String) r[4]);
            if (covers(i, election, region)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The elections the filter covers (and their counter values), changed after {@code after} (-1: all of them). */
    private List<Object[]> elections(UUID election, String region, long after) {
        // every election the filter covers, decided and cancelled ones too (api.md): a dashboard opens with the whole
        // picture it asked for, not the first 500 of it; a national dashboard narrows with region= when that is too much
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, sequence from result_election where sequence > ?1"
                + " and (cast(?2 as uuid) is null or id = cast(?2 as uuid)) and (cast(?3 as text) is null or region_code = cast(?3 as text))"
                + " order by voting_day, id").setParameter(1, after).setParameter(2, election == null ? null : election.toString())
                .setParameter(3, region).getResultList();
        return rows;
    }

    private static boolean covers(LiveResults.Item i, UUID election, String region) {
        return (election == null || election.equals(i.electionId())) && (region == null || region.equals(i.regionCode()));
    }

    private static OutboundSseEvent event(Sse sse, LiveResults.Item i) {
        return sse.newEventBuilder().id(Long.toString(i.id())).name(i.name()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(i.data()).build();
    }
}
