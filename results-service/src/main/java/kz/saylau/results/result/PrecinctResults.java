package kz.saylau.results.result;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.results.anomaly.AnomalyRules;
import kz.saylau.results.anomaly.AnomalyService;
import kz.saylau.platform.clock.ElectionClock;

/**
 * One row a precinct of an election: its latest protocol figures and electronic ballots (vote figures embargoed
 * until the polls close, R-V3), the turnout it reported, and its R-X3 flags.
 */
@jakarta.enterprise.context.ApplicationScoped
public class PrecinctResults {

    public record Votes(String candidateId, long votes) {
    }

    public record OptionVotes(String optionId, long votes) {
    }

    public record PrecinctResult(String precinctCode, boolean reported, @Schema(nullable = true) Integer version, long votersOnList,
            @Schema(nullable = true) Long ballotsIssued, @Schema(nullable = true) Long turnoutBallotsIssued, @Schema(nullable = true) Long ballotsInBox, @Schema(nullable = true) Long invalidBallots, @Schema(nullable = true) Long againstAll,
            @Schema(nullable = true) List<Votes> votes, @Schema(nullable = true) List<OptionVotes> electronic, List<AnomalyRules.Flag> flags) {
    }

    @Inject
    EntityManager em;

    @Inject
    ResultService results;

    @Inject
    AnomalyService anomalies;

    @Inject
    ElectionClock clock;

    @Inject
    ObjectMapper mapper;

    /** The rows of an election's precincts; {@code reported} null for all of them. */
    @SuppressWarnings("unchecked")
    public List<PrecinctResult> precincts(UUID id, Boolean reported) {
        ResultService.Election e = results.election(id, false);
        boolean closed = !clock.instant().isBefore(e.pollsClose());
        List<Object[]> rows = em.createNativeQuery("""
                select coalesce(r.precinct_code, p.code) code, p.voters_on_list, r.version, r.voters_on_list, r.ballots_issued,
                       r.ballots_in_box, r.invalid_ballots, r.against_all, r.votes, b.counts, t.ballots_issued
                from (select code, voters_on_list from result_precinct
                      where unit_code = ?2 and (closed_at is null or closed_at > ?3)) p
                full join (select * from result_protocol where election_id = ?1) r on r.precinct_code = p.code
                left join result_ebox b on b.election_id = ?1 and b.precinct_code = coalesce(r.precinct_code, p.code)
                left join result_turnout t on t.election_id = ?1 and t.precinct_code = coalesce(r.precinct_code, p.code)
                order by 1""").setParameter(1, id).setParameter(2, e.unitCode()).setParameter(3, e.pollsOpen())
                .getResultList();
        Map<String, List<AnomalyRules.Flag>> flags = closed
                ? anomalies.flags(new VotingDays(e.votingDay(), e.votingDay()), null, null, id).stream()
                        .collect(Collectors.toMap(AnomalyService.PrecinctFlags::precinctCode, AnomalyService.PrecinctFlags::flags))
                : Map.of();
        List<PrecinctResult> out = new ArrayList<>();
        for (Object[] r : rows) {
            boolean isReported = r[2] != null;
            if (reported != null && reported != isReported) {
                continue;
            }
            String code = (String) r[0];
            Long turnout = r[10] == null ? null : ((Number) r[10]).longValue();
            if (!isReported) {
                out.add(new PrecinctResult(code, false, null, r[1] == null ? 0 : ((Number) r[1]).longValue(), null, turnout,
                        null, null, null, null, null, List.of()));
                continue;
            }
            out.add(new PrecinctResult(code, true, ((Number) r[2]).intValue(), ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(), turnout, ((Number) r[5]).longValue(),
                    closed ? ((Number) r[6]).longValue() : null, closed ? ((Number) r[7]).longValue() : null,
                    closed ? rows((String) r[8], Votes::new) : null,
                    closed && r[9] != null ? rows((String) r[9], OptionVotes::new) : null,
                    flags.getOrDefault(code, List.of())));
        }
        return out;
    }

    /** A stored {id: votes} map as rows sorted by id. */
    private <T> List<T> rows(String json, java.util.function.BiFunction<String, Long, T> row) {
        return new java.util.TreeMap<>(ResultEvents.counts(mapper, json)).entrySet().stream()
                .map(v -> row.apply(v.getKey(), v.getValue())).toList();
    }
}
