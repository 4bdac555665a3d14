package kz.saylau.candidate.nomination;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.candidate.election.Election;
import kz.saylau.candidate.election.ElectionService;
import kz.saylau.platform.clock.DeadlineTask;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.platform.messaging.Outbox;

/**
 * The deadline work of R-C3 in candidate-service, each done exactly once per election: at nomination close the
 * fallback window opens when fewer than two stand (R-N6); at registration close the final list is announced and an
 * election without a registered candidate fails (R-N7, R-N8). Each election is settled in its own transaction with
 * its row locked, and the flags it sets make a second run do nothing.
 */
@ApplicationScoped
public class NominationDeadlines implements DeadlineTask {

    @Inject
    EntityManager em;

    @Inject
    ElectionClock clock;

    @Inject
    ElectionService elections;

    @Inject
    NominationService nominations;

    @Inject
    Outbox outbox;

    @Override
    public void runDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                select id from election where status = 'OPEN' and (
                    (not nomination_close_settled and nomination_closes <= ?1)
                    or (not registration_close_settled and registration_closes <= ?1))
                order by nomination_closes""").setParameter(1, now).getResultList();
        for (UUID id : due) {
            QuarkusTransaction.requiringNew().run(() -> settle(id));
        }
    }

    void settle(UUID id) {
        Election election = elections.lock(id);
        Instant now = clock.instant();
        if (!election.status.open()) {
            return;
        }
        settleNominationClose(election, elections, now);
        if (!election.registrationCloseSettled && !now.isBefore(election.registrationCloses)) {
            election.registrationCloseSettled = true;
            outbox.publish(RegistrationClosed.TOPIC, RegistrationClosed.TYPE, election.id.toString(),
                    new RegistrationClosed(election.id, election.unitCode, election.votingDay,
                            nominations.registered(election)));
            nominations.failIfNoneRegistered(election, now);
        }
    }

    /** R-N6, once, as soon as nomination has closed; the caller holds the election's lock. */
    static void settleNominationClose(Election election, ElectionService elections, Instant now) {
        if (election.nominationCloseSettled || now.isBefore(election.nominationCloses) || !election.status.open()) {
            return;
        }
        election.nominationCloseSettled = true;
        long standing = Candidate.count("electionId = ?1 and status in ?2", election.id,
                List.of(CandidateStatus.NOMINATED, CandidateStatus.REGISTERED));
        if (NominationRules.fallbackNeeded(standing)) {
            elections.openFallback(election);
        }
    }
}
