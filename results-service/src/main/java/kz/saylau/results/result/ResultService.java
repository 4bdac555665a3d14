package kz.saylau.results.result;

import kz.saylau.platform.web.Columns;

import kz.saylau.platform.web.Labels;
import kz.saylau.platform.web.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.web.ServiceSettings;

/** Computes an election's result from the latest figure of each precinct (R-R1, R-R2, the embargo of R-V3). */
@ApplicationScoped
public class ResultService {

    @Inject
    EntityManager em;

    @Inject
    ElectionClock clock;

    @Inject
    ServiceSettings config;

    @Inject
    ObjectMapper mapper;

    /** The election row as results-service knows it. */
    public record Election(UUID id, String unitCode, String unitName, String districtCode, String regionCode,
            LocalDate votingDay, Instant pollsOpen, Instant pollsClose, boolean cancelled, String decision,
            String failureReason, UUID winnerId, LocalDate decidedOn, long sequence, String districtName,
            String regionName, String kind, boolean reopened) {
    }

    public Election election(UUID id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, unit_code, unit_name, district_code, region_code, voting_day, polls_open, polls_close, cancelled,
                       decision, failure_reason, winner_id, decided_on, sequence, district_name, region_name, kind,
                       reopened
                from result_election where id = ?1""" + (lock ? " for update" : "")).setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("election " + id);
        }
        Object[] r = rows.get(0);
        return new Election((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], Columns.date(r[5]), Columns.instant(r[6]),
                Columns.instant(r[7]), (Boolean) r[8], (String) r[9], (String) r[10], (UUID) r[11], r[12] == null ? null : Columns.date(r[12]),
                ((Number) r[13]).longValue(), (String) r[14], (String) r[15], (String) r[16], (Boolean) r[17]);
    }

    public ElectionResult result(UUID id) {
        return result(election(id, false));
    }

    /** The running totals of an election (empty ones for an election nothing was counted for yet). */
    public Tally tally(UUID electionId, boolean lock) {
        if (lock) {
            // the row exists before it is locked, so two first events of one election cannot both insert it
            em.createNativeQuery("insert into result_tally (election_id) values (?1) on conflict do nothing")
                    .setParameter(1, electionId).executeUpdate();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select precincts_reporting, voters_reporting, ballots_issued, ballots_in_box, invalid_ballots, against_all,
                       turnout_issued, paper_votes, electronic_votes
                from result_tally where election_id = ?1""" + (lock ? " for update" : "")).setParameter(1, electionId)
                .getResultList();
        Tally t = new Tally();
        if (rows.isEmpty()) {
            return t;
        }
        Object[] r = rows.get(0);
        t.precinctsReporting = ((Number) r[0]).intValue();
        t.votersReporting = ((Number) r[1]).longValue();
        t.ballotsIssued = ((Number) r[2]).longValue();
        t.ballotsInBox = ((Number) r[3]).longValue();
        t.invalidBallots = ((Number) r[4]).longValue();
        t.againstAll = ((Number) r[5]).longValue();
        t.turnoutIssued = ((Number) r[6]).longValue();
        t.paper.putAll(ResultEvents.counts(mapper, (String) r[7]));
        t.electronic.putAll(ResultEvents.counts(mapper, (String) r[8]));
        return t;
    }

    public void save(UUID electionId, Tally t) {
        try {
            em.createNativeQuery("""
                    update result_tally set precincts_reporting = ?2, voters_reporting = ?3, ballots_issued = ?4,
                        ballots_in_box = ?5, invalid_ballots = ?6, against_all = ?7, turnout_issued = ?8, paper_votes = ?9,
                        electronic_votes = ?10
                    where election_id = ?1""")
                    .setParameter(1, electionId).setParameter(2, t.precinctsReporting).setParameter(3, t.votersReporting)
                    .setParameter(4, t.ballotsIssued).setParameter(5, t.ballotsInBox).setParameter(6, t.invalidBallots)
                    .setParameter(7, t.againstAll).setParameter(8, t.turnoutIssued)
                    .setParameter(9, mapper.writeValueAsString(t.paper)).setParameter(10, mapper.writeValueAsString(t.electronic))
                    .executeUpdate();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An election's result from its running totals (R-R1, R-R2, the embargo of R-V3): a few rows read, whatever the
     * number of protocols. The precincts not reported yet add their voters from the precinct register.
     */
    public ElectionResult result(Election e) {
        return figures(e).result();
    }

    /** A result and the voters its turnout is counted over (all on the list before the close, reporting ones after). */
    public record Figures(ElectionResult result, long turnoutBase) {
    }

    public Figures figures(Election e) {
        return figures(e, clock.instant());
    }

    /** A result as of {@code now}: whether the polls have closed decides what it may show (the embargo of R-V3). */
    @SuppressWarnings("unchecked")
    public Figures figures(Election e, Instant now) {
        boolean closed = !now.isBefore(e.pollsClose());
        Tally t = tally(e.id(), false);
        Object[] missing = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(sum(p.voters_on_list), 0) from result_precinct p
                where p.unit_code = ?1 and (p.closed_at is null or p.closed_at > ?3)
                  and not exists (select 1 from result_protocol r where r.election_id = ?2 and r.precinct_code = p.code)""")
                .setParameter(1, e.unitCode()).setParameter(2, e.id()).setParameter(3, e.pollsOpen()).getSingleResult();
        int precinctsTotal = t.precinctsReporting + ((Number) missing[0]).intValue();
        long votersOnList = t.votersReporting + ((Number) missing[1]).longValue();
        List<Object[]> options = em.createNativeQuery("""
                select o.option_id, o.kind, o.candidate_id, o.display_name, o.affiliation, c.nominated_by
                from result_option o left join result_candidate c on c.id = o.candidate_id
                where o.election_id = ?1 and o.on_ballot order by o.position""").setParameter(1, e.id()).getResultList();

        long electronic = t.electronicTotal();
        long cast = t.ballotsInBox + electronic;
        long against = t.againstAll;
        List<ElectionResult.Candidate> candidates = new ArrayList<>();
        List<ResultRules.Standing> standings = new ArrayList<>();
        Map<UUID, String> names = new HashMap<>();
        for (Object[] o : options) {
            UUID optionId = (UUID) o[0];
            if ("AGAINST_ALL".equals(o[1])) {
                against += t.electronicVotes(optionId);
                continue;
            }
            UUID candidate = (UUID) o[2];
            names.put(candidate, (String) o[3]);
            if (!closed) {
                candidates.add(new ElectionResult.Candidate(candidate, (String) o[3], (String) o[4], (String) o[5], null, null, null, null));
                continue;
            }
            long p = t.paperVotes(candidate);
            long el = t.electronicVotes(optionId);
            standings.add(new ResultRules.Standing(candidate, p + el));
            candidates.add(new ElectionResult.Candidate(candidate, (String) o[3], (String) o[4], (String) o[5], p + el,
                    ResultRules.share(p + el, cast, t.invalidBallots), p, el));
        }
        ElectionResult.Person leader = closed ? ResultRules.leader(standings)
                .map(s -> new ElectionResult.Person(s.candidateId(), names.get(s.candidateId()), s.votes())).orElse(null) : null;
        ElectionResult.Person winner = e.winnerId() == null ? null : new ElectionResult.Person(e.winnerId(), names.get(e.winnerId()),
                standings.stream().filter(s -> s.candidateId().equals(e.winnerId())).mapToLong(ResultRules.Standing::votes).sum());
        String status = e.decision() != null ? e.decision() : e.cancelled() ? "FAILED"
                : now.isBefore(e.pollsOpen()) ? "NOT_STARTED" : closed ? "COUNTING" : "VOTING";
        String failure = e.decision() != null ? e.failureReason() : e.cancelled() ? "CANCELLED" : null;
        long turnoutBase = closed ? t.votersReporting : votersOnList;
        return new Figures(new ElectionResult(e.id(), e.unitCode(), e.unitName(), e.districtCode(), e.regionCode(),
                e.votingDay(), status, Labels.of(Language.EN, "resultStatus", status), precinctsTotal, t.precinctsReporting, votersOnList,
                closed ? t.ballotsIssued : t.turnoutIssued, closed ? cast : t.turnoutIssued,
                ResultRules.percent(closed ? cast : t.turnoutIssued, turnoutBase),
                closed ? t.invalidBallots : null, closed ? against : null, candidates, leader, winner, failure,
                Labels.of(Language.EN, "failureReason", failure), config.simulation(), e.sequence()), turnoutBase);
    }

    /** Where an election is in its day, as far as what its result may show: before, during, after the polls. */
    public static String phase(Instant now, Instant pollsOpen, Instant pollsClose) {
        return now.isBefore(pollsOpen) ? "NOT_STARTED" : now.isBefore(pollsClose) ? "VOTING" : "CLOSED";
    }
}
