package kz.saylau.results.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.web.ServiceSettings;
import kz.saylau.results.result.PrecinctResults;
import kz.saylau.results.result.ResultService;
import kz.saylau.results.result.ResultSnapshots;

/** Reads what a NIST SP 1500-100 report says about one election or one voting day, after the polls close. */
@ApplicationScoped
public class ReportService {

    @Inject
    EntityManager em;

    @Inject
    ResultService results;

    @Inject
    ResultSnapshots snapshots;

    @Inject
    PrecinctResults precincts;

    @Inject
    ElectionClock clock;

    @Inject
    ServiceSettings config;

    @Inject
    ObjectMapper mapper;

    public ObjectNode election(UUID id) {
        ResultService.Election e = results.election(id, false);
        if (clock.instant().isBefore(e.pollsClose())) {
            throw ProblemException.rule("POLLS_NOT_CLOSED", "R-V3", "the report is public once the polls have closed");
        }
        return NistReport.build(mapper, e.votingDay(), e.unitCode(), List.of(contest(e)), config.simulation(),
                java.time.OffsetDateTime.now(clock));
    }

    /** Every election of the day whose polls have closed (cancelled ones are not held). */
    @SuppressWarnings("unchecked")
    public ObjectNode votingDay(LocalDate day) {
        List<UUID> ids = em.createNativeQuery("""
                select id from result_election where voting_day = ?1 and not cancelled and polls_close <= ?2
                order by region_code, district_code, unit_code, id""")
                .setParameter(1, day).setParameter(2, clock.instant()).getResultList();
        List<NistReport.Contest> contests = new ArrayList<>();
        for (UUID id : ids) {
            contests.add(contest(results.election(id, false)));
        }
        return NistReport.build(mapper, day, null, contests, config.simulation(), java.time.OffsetDateTime.now(clock));
    }

    @SuppressWarnings("unchecked")
    private NistReport.Contest contest(ResultService.Election e) {
        List<Object[]> rows = em.createNativeQuery("""
                select o.option_id, o.position, o.kind, o.candidate_id, o.display_name, c.party_code, c.party_name,
                       o.display_name_ru
                from result_option o left join result_candidate c on c.id = o.candidate_id
                where o.election_id = ?1 and o.on_ballot order by o.position""").setParameter(1, e.id()).getResultList();
        List<NistReport.Option> options = rows.stream().map(r -> new NistReport.Option(r[0].toString(),
                ((Number) r[1]).intValue(), (String) r[2], r[3] == null ? null : r[3].toString(), (String) r[4],
                (String) r[5], (String) r[6], (String) r[7])).toList();
        Object[] ru = (Object[]) em.createNativeQuery(
                "select unit_name_ru, district_name_ru, region_name_ru from result_election where id = ?1")
                .setParameter(1, e.id()).getSingleResult();
        return new NistReport.Contest(snapshots.get(e.id(), e.sequence()).result(), e.kind(), e.reopened(),
                e.unitName(), e.districtName(), e.regionName(), options, precincts.precincts(e.id(), null),
                new NistReport.RussianNames((String) ru[0], (String) ru[1], (String) ru[2]));
    }
}
