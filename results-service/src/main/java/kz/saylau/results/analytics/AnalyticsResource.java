package kz.saylau.results.analytics;

import java.util.List;
import java.util.Locale;

import kz.saylau.platform.web.ListPage;
import kz.saylau.platform.web.PageOf;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.Valid;
import jakarta.inject.Inject;
import kz.saylau.results.Rehearsal;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.results.result.VotingDays;

/**
 * domain.md Analytics for a voting day or a range: nominations (by region), winners (by party, way of nomination,
 * gender, region), incumbents re-elected. Turnout by region is the {@code byRegion} of {@code /api/results/summary}.
 */
@Path("/api/analytics")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

    @Inject
    Rehearsal rehearsal;

    @Inject
    EntityManager em;

    /** Counted over candidates that reached REGISTERED (withdrawn after registration still count; refused never). */
    @GET
    @Path("/nominations")
    public RestResponse<List<Rehearsal.Marked<AnalyticsRules.NominationRow>>> nominations(
            @QueryParam("votingDay") String votingDay, @QueryParam("groupBy") String groupBy, @Valid @BeanParam ListPage page) {
        VotingDays days = VotingDays.parse(votingDay, true);
        if (groupBy != null && !groupBy.equals("region")) {
            throw ProblemException.invalid("groupBy", "region, or nothing for the national row only");
        }
        return PageOf.of(AnalyticsRules.nominations(candidates("""
                select e.region_code, e.region_name, c.nominated_by, c.party_code, c.party_name, c.gender
                from result_candidate c join result_election e on e.id = c.election_id
                where c.registered and e.voting_day between ?1 and ?2
                order by e.region_code, c.id""", days), groupBy != null), page).map(rehearsal::mark).response();
    }

    /** Over certified winners. */
    @GET
    @Path("/winners")
    public RestResponse<List<Rehearsal.Marked<AnalyticsRules.WinnerRow>>> winners(@QueryParam("votingDay") String votingDay,
            @QueryParam("groupBy") String groupBy, @Valid @BeanParam ListPage page) {
        VotingDays days = VotingDays.parse(votingDay, true);
        AnalyticsRules.WinnerGrouping by;
        try {
            by = AnalyticsRules.WinnerGrouping.valueOf(String.valueOf(groupBy).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("groupBy", "party, nomination, gender or region");
        }
        return PageOf.of(AnalyticsRules.winners(candidates(WINNERS + " order by e.region_code, c.id", days), by), page)
                .map(rehearsal::mark).response();
    }

    private static final String WINNERS = """
            select e.region_code, e.region_name, c.nominated_by, c.party_code, c.party_name, c.gender
            from result_election e join result_candidate c on c.id = e.winner_id
            where e.decision = 'CERTIFIED' and e.voting_day between ?1 and ?2""";

    /**
     * Certified winners who had won the unit's previous certified election too (the same personKey), versus new
     * people. Not in api.md; the figure domain.md asks for.
     */
    @GET
    @Path("/incumbents")
    public Rehearsal.Marked<AnalyticsRules.Incumbents> incumbents(@QueryParam("votingDay") String votingDay) {
        VotingDays days = VotingDays.parse(votingDay, true);
        Object[] counts = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where c.person_key is not null and c.person_key = (
                    select pc.person_key from result_election pe join result_candidate pc on pc.id = pe.winner_id
                    where pe.unit_code = e.unit_code and pe.decision = 'CERTIFIED' and pe.voting_day < e.voting_day
                    order by pe.voting_day desc limit 1))
                from result_election e join result_candidate c on c.id = e.winner_id
                where e.decision = 'CERTIFIED' and e.voting_day between ?1 and ?2""")
                .setParameter(1, days.from()).setParameter(2, days.to()).getSingleResult();
        return rehearsal.mark(AnalyticsRules.Incumbents.of(((Number) counts[0]).intValue(), ((Number) counts[1]).intValue()));
    }

    @SuppressWarnings("unchecked")
    private List<AnalyticsRules.Candidate> candidates(String sql, VotingDays days) {
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, days.from()).setParameter(2, days.to())
                .getResultList();
        return rows.stream().map(r -> new AnalyticsRules.Candidate((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], r[5] == null ? null : r[5].toString())).toList();
    }
}
