package kz.saylau.results.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.saylau.results.mandate.MandateService;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.messaging.Outbox;
import kz.saylau.results.result.ElectionResult;
import kz.saylau.results.result.ResultChanges;
import kz.saylau.results.result.ResultRules;
import kz.saylau.results.result.ResultService;
import kz.saylau.results.result.ResultSettings;

/** R-R4: the TEC certifies once every precinct has reported and the polls have closed; the CEC may reopen. */
@ApplicationScoped
public class CertificationService {

    public static final String TOPIC = "saylau.results";

    /** Payload of {@code saylau.election.certified.v1}. */
    public record Certified(UUID electionId, String unitCode, ElectionResult.Person winner, LocalDate certifiedOn,
            int precinctsTotal, long votersOnList, Long ballotsCast, Double turnoutPct, Long invalidBallots, Long againstAll,
            List<ElectionResult.Candidate> candidates) {
    }

    /** Payload of {@code saylau.election.failed.v1}. */
    public record Failed(UUID electionId, String unitCode, String failureReason, LocalDate failedOn) {
    }

    /** Payload of {@code saylau.election.reopened.v1}. */
    public record Reopened(UUID electionId, String unitCode, String reason) {
    }

    @Inject
    EntityManager em;

    @Inject
    ResultService results;

    @Inject
    ResultSettings settings;

    @Inject
    ElectionClock clock;


    @Inject
    Outbox outbox;

    @Inject
    MandateService mandates;

    @Inject
    ResultChanges changes;

    @Transactional
    public ElectionResult certify(UUID id, Caller caller) {
        ResultService.Election e = results.election(id, true);
        caller.requireScope("tec", "district", e.districtCode());
        ElectionResult now = results.result(e);
        if (clock.instant().isBefore(e.pollsClose())) {
            throw ProblemException.rule("POLLS_NOT_CLOSED", "R-R4", "the polls have not closed");
        }
        if (e.decision() == null && (now.precinctsTotal() == 0 || now.precinctsReporting() < now.precinctsTotal())) {
            throw ProblemException.rule("PRECINCTS_MISSING", "R-R4", (now.precinctsTotal() - now.precinctsReporting())
                    + " of " + now.precinctsTotal() + " precincts have no protocol");
        }
        if (e.decision() != null) {
            throw ProblemException.conflict("RESULT_CERTIFIED", "R-R4: the result is " + e.decision() + " already");
        }
        long awaited = ((Number) em.createNativeQuery("""
                select count(*) from result_ebox_expected x where x.election_id = ?1
                and not exists (select 1 from result_ebox b where b.election_id = x.election_id and b.precinct_code = x.precinct_code)""")
                .setParameter(1, id).getSingleResult()).longValue();
        if (awaited > 0) {
            throw ProblemException.rule("EBOX_NOT_COUNTED", "R-V4", awaited
                    + " precincts' electronic boxes are tallied and await their trustees' decryption");
        }
        List<ResultRules.Standing> standings = now.candidates().stream()
                .map(c -> new ResultRules.Standing(c.candidateId(), c.votes() == null ? 0 : c.votes())).toList();
        long reportingVoters = now.votersOnList();
        ResultRules.Decision decision = ResultRules.decide(standings, now.againstAll() == null ? 0 : now.againstAll(),
                now.ballotsCast() == null ? 0 : now.ballotsCast(), reportingVoters, settings.minTurnoutPct(),
                settings.againstAllPolicy());
        LocalDate today = LocalDate.now(clock);
        em.createNativeQuery("""
                update result_election set decision = ?2, failure_reason = ?3, winner_id = ?4, decided_on = ?5 where id = ?1""")
                .setParameter(1, id).setParameter(2, decision.winner() != null ? "CERTIFIED" : "FAILED")
                .setParameter(3, decision.failureReason()).setParameter(4, decision.winner()).setParameter(5, today)
                .executeUpdate();
        changes.changed(id);
        ElectionResult decided = changes.finish().get(0).result();
        if (decision.winner() != null) {
            changes.later("certified", id, decided.regionCode(), decided);
            outbox.publish(TOPIC, "saylau.election.certified.v1", id.toString(), new Certified(id, e.unitCode(), decided.winner(),
                    today, decided.precinctsTotal(), decided.votersOnList(), decided.ballotsCast(), decided.turnoutPct(),
                    decided.invalidBallots(), decided.againstAll(), decided.candidates()));
            mandates.start(e, decided.winner(), today);
        } else {
            outbox.publish(TOPIC, "saylau.election.failed.v1", id.toString(),
                    new Failed(id, e.unitCode(), decision.failureReason(), today));
        }
        return decided;
    }

    @Transactional
    public ElectionResult reopen(UUID id, String reason) {
        ResultService.Election e = results.election(id, true);
        if (e.decision() == null) {
            throw ProblemException.conflict("RESULT_NOT_CERTIFIED", "the result of this election is not certified");
        }
        em.createNativeQuery("""
                update result_election set decision = null, failure_reason = null, winner_id = null, decided_on = null,
                    reopened = true
                where id = ?1""")
                .setParameter(1, id).executeUpdate();
        mandates.withdrawUnterminated(id);
        outbox.publish(TOPIC, "saylau.election.reopened.v1", id.toString(), new Reopened(id, e.unitCode(), reason));
        changes.changed(id);
        return changes.finish().get(0).result();
    }
}
