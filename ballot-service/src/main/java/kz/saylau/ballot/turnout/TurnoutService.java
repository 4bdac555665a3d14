package kz.saylau.ballot.turnout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import kz.saylau.ballot.election.Election;
import kz.saylau.ballot.election.Elections;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.ballot.platform.Instants;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.web.ServiceSettings;
import kz.saylau.platform.messaging.Outbox;
import kz.saylau.ballot.precinct.Precinct;

/** R-V1: turnout reports during polling hours, never going down, never above the list. */
@ApplicationScoped
public class TurnoutService {

    @Inject
    EntityManager em;

    @Inject
    Elections elections;

    @Inject
    ElectionClock clock;

    @Inject
    ServiceSettings config;

    @Inject
    Outbox outbox;

    @Transactional
    public TurnoutReported report(UUID electionId, String code, TurnoutRequest request, String deviceSignature,
            Caller caller) {
        caller.requireScope("precinct", "precinct", code);
        Election election = elections.find(electionId);
        // the precinct's row lock puts one station's reports in order
        Precinct precinct = Precinct.ofElection(em, election, code, true);
        Instant now = clock.instant();
        if (!election.votingAt(now)) {
            throw ProblemException.rule("OUTSIDE_POLLING_HOURS", "R-V1",
                    "turnout is reported while the polls of an election that was neither cancelled nor failed are open");
        }
        int previous = ((Number) em.createNativeQuery(
                "select coalesce(max(ballots_issued), 0) from turnout_report where election_id = ?1 and precinct_code = ?2")
                .setParameter(1, electionId).setParameter(2, code).getSingleResult()).intValue();
        if (request.ballotsIssued() < previous) {
            throw ProblemException.rule("TURNOUT_DECREASED", "R-V1", "ballots issued were " + previous + " already");
        }
        if (request.ballotsIssued() > precinct.votersOnList) {
            throw ProblemException.rule("TURNOUT_EXCEEDS_LIST", "R-V1",
                    "more ballots issued than the " + precinct.votersOnList + " voters on the list");
        }
        em.createNativeQuery("""
                insert into turnout_report (id, election_id, precinct_code, as_of, ballots_issued, reported_at,
                    device_signature)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, electionId).setParameter(3, code)
                .setParameter(4, request.asOf().toInstant()).setParameter(5, request.ballotsIssued())
                .setParameter(6, Instant.now()).setParameter(7, deviceSignature).executeUpdate();
        String asOf = Instants.format(request.asOf().toInstant(), config.timeZone());
        outbox.publish(TurnoutReported.TOPIC, TurnoutReported.TYPE, electionId.toString(),
                new TurnoutReported(electionId, code, asOf, request.ballotsIssued(), null));
        Double pct = precinct.votersOnList == 0 ? null : BigDecimal.valueOf(100L * request.ballotsIssued())
                .divide(BigDecimal.valueOf(precinct.votersOnList), 1, RoundingMode.HALF_UP).doubleValue();
        return new TurnoutReported(electionId, code, asOf, request.ballotsIssued(), pct);
    }
}
