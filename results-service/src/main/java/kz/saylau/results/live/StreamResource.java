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
 * it covers on connect (or, with {@code Last-Event-ID}, what the client missed), then {@code result},
 * {@code turnout} and {@code certified} events as they happen, and a keep-alive comment every 10 s. A resume the
 * replay buffer cannot serve starts with a {@code resync} event, then the snapshot.
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
        long upTo = live.lastId();
        List<LiveResults.Item> first = null;
        if (lastEventId != null && lastEventId.matches("\\d{1,18}")) {
            first = live.since(Long.parseLong(lastEventId)).map(items -> items.stream()
                    .filter(i -> covers(i, election, region)).toList()).orElse(null);
        }
        // a client that asked to resume but whose gap the buffer no longer holds (or whose id is of another instance)
        // is told so before the fresh snapshot: it replaces what it shows instead of adding to it
        boolean resync = first == null && lastEventId != null;
        if (first == null) {
            first = new ArrayList<>();
            // snapshot=false: a client that has just read the results another way (a page rendered on the server)
            // takes only what happens from now on
            for (UUID id : snapshot ? elections(election, region) : List.<UUID>of()) {
                try {
                    ResultSnapshots.Snapshot r = snapshots.get(id);
                    first.add(new LiveResults.Item(upTo, "result", id, r.result().regionCode(),
                            new String(r.json(), java.nio.charset.StandardCharsets.UTF_8)));
                } catch (RuntimeException unknown) {
                    // not known here (yet): nothing to send
                }
            }
        }
        long after = first.stream().mapToLong(LiveResults.Item::id).max().orElse(upTo);
        Multi<OutboundSseEvent> opening = Multi.createFrom().iterable(first).map(i -> event(sse, i));
        if (resync) {
            opening = Multi.createBy().concatenating().streams(Multi.createFrom().item(sse.newEventBuilder().name("resync")
                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data("{\"lastEventId\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(lastEventId)
                            + ",\"reason\":\"GAP_TOO_OLD\"}")
                    .build()), opening);
        }
        // a dashboard slower than election night gets a buffer; one that falls further behind is closed and resumes
        // with Last-Event-ID from the replay buffer
        Multi<OutboundSseEvent> following = live.live().onOverflow().buffer(LiveResults.KEEP)
                .filter(i -> i.id() > Math.min(after, upTo) && covers(i, election, region))
                .map(i -> event(sse, i));
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(LiveResults.keepAlive())
                .map(t -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().concatenating().streams(opening, Multi.createBy().merging().streams(following, keepAlive));
    }

    private List<UUID> elections(UUID election, String region) {
        if (election != null) {
            return List.of(election);
        }
        // every election the filter covers, decided and cancelled ones too (api.md): a dashboard opens with the whole
        // picture it asked for, not the first 500 of it; a national dashboard narrows with region= when that is too much
        @SuppressWarnings("unchecked")
        List<UUID> ids = region == null
                ? em.createNativeQuery("select id from result_election order by voting_day, id").getResultList()
                : em.createNativeQuery("select id from result_election where region_code = ?1 order by voting_day, id")
                        .setParameter(1, region).getResultList();
        return ids;
    }

    private static boolean covers(LiveResults.Item i, UUID election, String region) {
        return (election == null || election.equals(i.electionId())) && (region == null || region.equals(i.regionCode()));
    }

    private static OutboundSseEvent event(Sse sse, LiveResults.Item i) {
        return sse.newEventBuilder().id(Long.toString(i.id())).name(i.name()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(i.data()).build();
    }
}
