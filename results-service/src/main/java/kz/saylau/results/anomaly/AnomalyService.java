package kz.saylau.results.anomaly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.results.result.ResultRules;
import kz.saylau.results.result.VotingDays;

/**
 * The R-X3 flags of the precincts: those computed when each protocol was applied, plus the one that needs the whole
 * district (a turnout more than three standard deviations from the district's), computed when asked, over the
 * protocols of the same voting day in that district.
 */
@ApplicationScoped
public class AnomalyService {

    public record PrecinctFlags(UUID electionId, String precinctCode, List<AnomalyRules.Flag> flags) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    AnomalySettings settings;

    @Inject
    ElectionClock clock;

    /** Flags of every reported precinct of the matching elections whose polls have closed. */
    @SuppressWarnings("unchecked")
    public List<PrecinctFlags> flags(VotingDays days, String region, String district, UUID election) {
        List<Object[]> rows = em.createNativeQuery("""
                select p.election_id, p.precinct_code, el.district_code, el.voting_day, p.voters_on_list, p.ballots_in_box,
                       p.flags, b.counts
                from result_protocol p join result_election el on el.id = p.election_id
                left join result_ebox b on b.election_id = p.election_id and b.precinct_code = p.precinct_code
                where el.polls_close <= ?5 and el.voting_day between ?1 and ?2
                  and el.district_code in (select district_code from result_election
                      where voting_day between ?1 and ?2
                        and (cast(?3 as varchar) is null or region_code = ?3)
                        and (cast(?4 as varchar) is null or district_code = ?4)
                        and (cast(?6 as uuid) is null or id = ?6))
                order by el.voting_day, p.election_id, p.precinct_code""")
                .setParameter(1, days.from()).setParameter(2, days.to()).setParameter(3, region).setParameter(4, district)
                .setParameter(5, clock.instant()).setParameter(6, election).getResultList();
        // turnout per precinct, by district and day: the population the outlier rule measures against
        Map<String, Map<String, Double>> turnoutByDistrict = new HashMap<>();
        for (Object[] r : rows) {
            long voters = ((Number) r[4]).longValue();
            long cast = ((Number) r[5]).longValue() + electronic((String) r[7]);
            Double pct = ResultRules.percent(cast, voters);
            if (pct != null) {
                turnoutByDistrict.computeIfAbsent(r[2] + "|" + r[3], k -> new TreeMap<>()).put(r[0] + "|" + r[1], pct);
            }
        }
        Map<String, Set<String>> outliers = new HashMap<>();
        turnoutByDistrict.forEach((d, turnout) -> outliers.put(d, AnomalyRules.districtOutliers(turnout, settings.districtSigmas())));
        List<PrecinctFlags> out = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            if (election != null && !election.equals(id)) {
                continue;
            }
            List<AnomalyRules.Flag> flags = new ArrayList<>(parse((String) r[6]));
            String key = id + "|" + r[1];
            String districtDay = r[2] + "|" + r[3];
            if (outliers.getOrDefault(districtDay, Set.of()).contains(key)) {
                flags.add(new AnomalyRules.Flag("TURNOUT_OUTLIER", "turnout " + turnoutByDistrict.get(districtDay).get(key)
                        + "% lies more than " + settings.districtSigmas() + " standard deviations from district " + r[2] + "'s"));
            }
            out.add(new PrecinctFlags(id, (String) r[1], flags));
        }
        return out;
    }

    private long electronic(String counts) {
        if (counts == null) {
            return 0;
        }
        try {
            return mapper.readValue(counts, new TypeReference<Map<String, Long>>() {
            }).values().stream().mapToLong(Long::longValue).sum();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<AnomalyRules.Flag> parse(String json) {
        try {
            return mapper.readValue(json, new TypeReference<List<AnomalyRules.Flag>>() {
            });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
