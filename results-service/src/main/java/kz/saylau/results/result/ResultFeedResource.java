package kz.saylau.results.result;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.saylau.platform.web.Hashes;
import kz.saylau.platform.web.ProblemException;

/**
 * The whole-day views of R-X5: the summary (a voting day, nationally and by region) and the delta feed for pollers
 * ({@code /changes?since=}), both built from the elections' snapshots, never by summing protocols per request.
 */
@Path("/api/results")
@Produces(MediaType.APPLICATION_JSON)
public class ResultFeedResource {

    /** A summary row (api.md); the whole and each region. */
    public record Summary(int elections, int precinctsTotal, int precinctsReporting, long votersOnList, long ballotsCast,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) Double turnoutPct) {
    }

    public record RegionSummary(String regionCode, String regionName, int elections, int precinctsTotal,
            int precinctsReporting, long votersOnList, long ballotsCast,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) Double turnoutPct) {
    }

    /** The changes feed's page (written out by hand below, from the stored result documents). */
    public record Changes(long sequence, List<ElectionResult> results) {
    }

    public record DaySummary(int elections, int precinctsTotal, int precinctsReporting, long votersOnList, long ballotsCast,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) Double turnoutPct,
            List<RegionSummary> byRegion, boolean rehearsal) {
    }

    private record Cached(long at, byte[] body, String etag) {
    }

    /** Summaries live one second: the refresh storm reads them, the snapshots under them change continuously. */
    private final Map<String, Cached> summaries = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    @Inject
    kz.saylau.platform.web.ServiceSettings settings;

    @Inject
    ResultSnapshots snapshots;

    @Inject
    ObjectMapper mapper;

    @Inject
    kz.saylau.results.Rehearsal rehearsal;

    @GET
    @Path("/summary")
    @APIResponse(responseCode = "200", description = "the voting day at a glance", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DaySummary.class)))
    @APIResponse(responseCode = "304", description = "Not Modified: If-None-Match names this version")
    public Response summary(@QueryParam("votingDay") String votingDay, @QueryParam("region") String region,
            @QueryParam("district") String district, @HeaderParam("If-None-Match") String ifNoneMatch) throws Exception {
        VotingDays days = VotingDays.parse(votingDay, true);
        String key = days + "|" + region + "|" + district;
        long now = System.nanoTime();
        Cached c = summaries.get(key);
        if (c == null || now - c.at() > 1_000_000_000L) {
            byte[] body = mapper.writeValueAsBytes(compute(days, region, district));
            c = new Cached(now, body, Hashes.sha256(body).substring(0, 32));
            summaries.put(key, c);
            if (summaries.size() > 10_000) {
                summaries.clear();
            }
        }
        return ResultResource.cached(c.body(), c.etag(), ifNoneMatch);
    }

    private DaySummary compute(VotingDays days, String region, String district) {
        List<UUID> ids = ids(days, region, district);
        // per group: precincts total, reporting, voters on the list, ballots cast, turnout base, elections
        long[] all = new long[6];
        Map<String, long[]> byRegion = new TreeMap<>();
        Map<String, String> regionNames = new TreeMap<>();
        for (UUID id : ids) {
            ResultSnapshots.Snapshot s = snapshots.get(id);
            ElectionResult r = s.result();
            long[] row = byRegion.computeIfAbsent(r.regionCode(), k -> new long[6]);
            regionNames.putIfAbsent(r.regionCode(), s.regionName());
            for (long[] into : new long[][] { all, row }) {
                into[0] += r.precinctsTotal();
                into[1] += r.precinctsReporting();
                into[2] += r.votersOnList();
                into[3] += r.ballotsCast() == null ? 0 : r.ballotsCast();
                into[4] += s.turnoutBase();
                into[5]++;
            }
        }
        List<RegionSummary> regions = byRegion.entrySet().stream().map(e -> new RegionSummary(e.getKey(),
                regionNames.get(e.getKey()), (int) e.getValue()[5], (int) e.getValue()[0], (int) e.getValue()[1],
                e.getValue()[2], e.getValue()[3], ResultRules.percent(e.getValue()[3], e.getValue()[4]))).toList();
        return new DaySummary(ids.size(), (int) all[0], (int) all[1], all[2], all[3], ResultRules.percent(all[3], all[4]),
                regions, rehearsal.now());
    }

    /** The course of turnout over the day (R-A1): {@code course} oldest first, one point a moment a report was made. */
    public record TurnoutDay(long votersOnList, List<TurnoutCourse.Point> course, boolean rehearsal) {
    }

    /**
     * {@code GET /api/results/turnout?votingDay=&region=&district=} or {@code ?election=}: the course of turnout over
     * the voting day from the turnout reports (R-A1), over the voters on the covered lists (R-R1).
     */
    @GET
    @Path("/turnout")
    @Transactional
    @APIResponse(responseCode = "200", description = "the course of turnout over the day", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TurnoutDay.class)))
    public TurnoutDay turnout(@QueryParam("votingDay") String votingDay, @QueryParam("region") String region,
            @QueryParam("district") String district, @QueryParam("election") UUID election) {
        List<UUID> ids;
        if (election != null) {
            if (votingDay != null || region != null || district != null) {
                throw ProblemException.invalid("election", "either election, or votingDay with region or district");
            }
            ids = List.of(election);
        } else {
            ids = ids(VotingDays.parse(votingDay, true), region, district);
        }
        long voters = 0;
        List<UUID> known = new java.util.ArrayList<>();
        for (UUID id : ids) {
            try {
                voters += snapshots.get(id).result().votersOnList();
                known.add(id);
            } catch (RuntimeException unknown) {
                // an election this service has not heard of has no reports either
            }
        }
        if (election != null && known.isEmpty()) {
            throw ProblemException.notFound("election " + election);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = known.isEmpty() ? List.of() : em.createNativeQuery("""
                select election_id, precinct_code, as_of, ballots_issued from result_turnout_report
                where election_id = any(?1)""").setParameter(1, known.toArray(UUID[]::new)).getResultList();
        java.time.ZoneId zone = settings.timeZone();
        List<TurnoutCourse.Report> reports = rows.stream().map(r -> new TurnoutCourse.Report(r[0].toString(), (String) r[1],
                kz.saylau.platform.web.Columns.instant(r[2]).atZone(zone).toOffsetDateTime(), ((Number) r[3]).longValue())).toList();
        return new TurnoutDay(voters, TurnoutCourse.of(reports, voters), rehearsal.now());
    }

    @SuppressWarnings("unchecked")
    List<UUID> ids(VotingDays days, String region, String district) {
        return em.createNativeQuery("""
                select id from result_election
                where voting_day between ?1 and ?2 and not cancelled
                  and (cast(?3 as varchar) is null or region_code = ?3) and (cast(?4 as varchar) is null or district_code = ?4)
                order by region_code, id""")
                .setParameter(1, days.from()).setParameter(2, days.to()).setParameter(3, region).setParameter(4, district)
                .getResultList();
    }

    /**
     * {@code GET /api/results/changes?since=}: every election result that changed after {@code since}, as it is now,
     * and the sequence to ask with next. Sequences commit in order (see ResultChanges), so a poller misses nothing.
     */
    @GET
    @Path("/changes")
    @Transactional
    @APIResponse(responseCode = "200", description = "the results changed after since, whole sequences, at most 500 a page", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResultFeedResource.Changes.class)))
    public Response changes(@QueryParam("since") String since) throws Exception {
        long after;
        try {
            after = since == null || since.isBlank() ? 0 : Long.parseLong(since.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("since", "a sequence number (0 for everything)");
        }
        if (after < 0) {
            throw ProblemException.invalid("since", "a sequence number (0 for everything)");
        }
        // whole sequences only: one change may move several elections under one number
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, sequence from result_election
                where sequence > ?1 and sequence <= coalesce((select max(sequence) from
                    (select sequence from result_election where sequence > ?1 order by sequence limit 500) page), ?1)
                order by sequence, id""").setParameter(1, after).getResultList();
        long next = rows.isEmpty() ? Math.max(after, snapshots.counter())
                : ((Number) rows.get(rows.size() - 1)[1]).longValue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("{\"sequence\":" + next + ",\"results\":[").getBytes(StandardCharsets.UTF_8));
        boolean first = true;
        for (Object[] row : rows) {
            if (!first) {
                out.write(',');
            }
            first = false;
            out.write(snapshots.get((UUID) row[0], ((Number) row[1]).longValue()).json());
        }
        out.write("]}".getBytes(StandardCharsets.UTF_8));
        return Response.ok(out.toByteArray(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
