package kz.saylau.results.result;

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
import kz.saylau.results.platform.ElectionClock;
import kz.saylau.results.platform.ProblemException;
import kz.saylau.results.platform.SaylauConfig;

/** Computes an election's result from the latest figure of each precinct (R-R1, R-R2, the embargo of R-V3). */
@ApplicationScoped
public class ResultService {

    @Inject
    EntityManager em;

    @Inject
    ElectionClock clock;

    @Inject
    SaylauConfig config;

    @Inject
    ObjectMapper mapper;

    /** The election row as results-service knows it. */
    public record Election(UUID id, String unitCode, String unitName, String districtCode, String regionCode,
            LocalDate votingDay, Instant pollsOpen, Instant pollsClose, boolean cancelled, String decision,
            String failureReason, UUID winnerId, LocalDate decidedOn, long sequence) {
    }

    public Election election(UUID id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, unit_code, unit_name, district_code, region_code, voting_day, polls_open, polls_close, cancelled,
                       decision, failure_reason, winner_id, decided_on, sequence
                from result_election where id = ?1""" + (lock ? " for update" : "")).setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("election " + id);
        }
        Object[] r = rows.get(0);
        return new Election((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], date(r[5]), instant(r[6]),
                instant(r[7]), (Boolean) r[8], (String) r[9], (String) r[10], (UUID) r[11], r[12] == null ? null : date(r[12]),
                ((Number) r[13]).longValue());
    }

    public ElectionResult result(UUID id) {
        return result(election(id, false));
    }

    @SuppressWarnings("unchecked")
    public ElectionResult result(Election e) {
        Instant now = clock.instant();
        boolean closed = !now.isBefore(e.pollsClose());
        Map<String, Integer> registry = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                "select code, voters_on_list from result_precinct where unit_code = ?1 order by code")
                .setParameter(1, e.unitCode()).getResultList()) {
            registry.put((String) r[0], ((Number) r[1]).intValue());
        }
        Map<String, Object[]> protocols = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select precinct_code, voters_on_list, ballots_issued, ballots_in_box, invalid_ballots, against_all, votes
                from result_protocol where election_id = ?1""").setParameter(1, e.id()).getResultList()) {
            protocols.put((String) r[0], r);
        }
        Map<String, Map<String, Long>> eboxes = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                "select precinct_code, counts from result_ebox where election_id = ?1").setParameter(1, e.id()).getResultList()) {
            eboxes.put((String) r[0], ResultEvents.counts(mapper, (String) r[1]));
        }
        long turnout = ((Number) em.createNativeQuery(
                "select coalesce(sum(ballots_issued), 0) from result_turnout where election_id = ?1")
                .setParameter(1, e.id()).getSingleResult()).longValue();
        List<Object[]> options = em.createNativeQuery("""
                select o.option_id, o.kind, o.candidate_id, o.display_name, o.affiliation, c.nominated_by
                from result_option o left join result_candidate c on c.id = o.candidate_id
                where o.election_id = ?1 and o.on_ballot order by o.position""").setParameter(1, e.id()).getResultList();

        java.util.Set<String> precincts = new java.util.TreeSet<>(registry.keySet());
        precincts.addAll(protocols.keySet());
        long votersOnList = 0;
        long reportingVoters = 0, issued = 0, inBox = 0, invalid = 0, against = 0, electronic = 0;
        Map<String, Long> paper = new HashMap<>();
        Map<String, Long> evotes = new HashMap<>();
        for (String p : precincts) {
            Object[] protocol = protocols.get(p);
            if (protocol == null) {
                votersOnList += registry.getOrDefault(p, 0);
                continue;
            }
            long voters = ((Number) protocol[1]).longValue();
            votersOnList += voters;
            reportingVoters += voters;
            issued += ((Number) protocol[2]).longValue();
            inBox += ((Number) protocol[3]).longValue();
            invalid += ((Number) protocol[4]).longValue();
            against += ((Number) protocol[5]).longValue();
            ResultEvents.counts(mapper, (String) protocol[6]).forEach((k, v) -> paper.merge(k, v, Long::sum));
            // an electronic box counts with its precinct, once that precinct has reported (R-R1)
            for (var c : eboxes.getOrDefault(p, Map.of()).entrySet()) {
                evotes.merge(c.getKey(), c.getValue(), Long::sum);
                electronic += c.getValue();
            }
        }
        List<ElectionResult.Candidate> candidates = new ArrayList<>();
        List<ResultRules.Standing> standings = new ArrayList<>();
        Map<UUID, String> names = new HashMap<>();
        long cast = inBox + electronic;
        for (Object[] o : options) {
            String optionId = o[0].toString();
            if ("AGAINST_ALL".equals(o[1])) {
                against += closed ? evotes.getOrDefault(optionId, 0L) : 0;
                continue;
            }
            UUID candidate = (UUID) o[2];
            names.put(candidate, (String) o[3]);
            if (!closed) {
                candidates.add(new ElectionResult.Candidate(candidate, (String) o[3], (String) o[4], (String) o[5], null, null, null, null));
                continue;
            }
            long p = paper.getOrDefault(candidate.toString(), 0L);
            long el = evotes.getOrDefault(optionId, 0L);
            standings.add(new ResultRules.Standing(candidate, p + el));
            candidates.add(new ElectionResult.Candidate(candidate, (String) o[3], (String) o[4], (String) o[5], p + el,
                    ResultRules.share(p + el, cast, invalid), p, el));
        }
        ElectionResult.Person leader = closed ? ResultRules.leader(standings)
                .map(s -> new ElectionResult.Person(s.candidateId(), names.get(s.candidateId()), s.votes())).orElse(null) : null;
        ElectionResult.Person winner = e.winnerId() == null ? null : new ElectionResult.Person(e.winnerId(), names.get(e.winnerId()),
                standings.stream().filter(s -> s.candidateId().equals(e.winnerId())).mapToLong(ResultRules.Standing::votes).sum());
        String status = e.decision() != null ? e.decision() : e.cancelled() ? "FAILED"
                : now.isBefore(e.pollsOpen()) ? "NOT_STARTED" : closed ? "COUNTING" : "VOTING";
        String failure = e.decision() != null ? e.failureReason() : e.cancelled() ? "CANCELLED" : null;
        return new ElectionResult(e.id(), e.unitCode(), e.unitName(), e.districtCode(), e.regionCode(), e.votingDay(), status,
                precincts.size(), protocols.size(), votersOnList,
                closed ? issued : turnout, closed ? cast : turnout,
                closed ? ResultRules.percent(cast, reportingVoters) : ResultRules.percent(turnout, votersOnList),
                closed ? invalid : null, closed ? against : null, candidates, leader, winner, failure, config.simulation(),
                e.sequence());
    }

    static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
