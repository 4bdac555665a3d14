package kz.saylau.ballot.evoting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.ballot.ballot.BallotOption;
import kz.saylau.ballot.ballot.BallotService;
import kz.saylau.ballot.election.Election;
import kz.saylau.ballot.election.Elections;
import kz.saylau.platform.clock.DeadlineTask;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.platform.messaging.Outbox;

/**
 * R-V4: when the polls close, each precinct's electronic box is counted once and announced
 * ({@code saylau.ebox.closed.v1}), driven by the election clock (periodic check and every clock change).
 */
@ApplicationScoped
public class EboxCount implements DeadlineTask {

    public static final String TOPIC = "saylau.tallies";
    public static final String TYPE = "saylau.ebox.closed.v1";

    /** Payload of {@code saylau.ebox.closed.v1}: one precinct's electronic box, every option of the ballot. */
    public record EboxClosed(UUID electionId, String precinctCode, List<Count> counts) {
    }

    public record Count(UUID optionId, String kind, UUID candidateId, long votes) {
    }

    @Inject
    EntityManager em;

    @Inject
    ElectionClock clock;

    @Inject
    Elections elections;

    @Inject
    BallotService ballots;

    @Inject
    Outbox outbox;

    @Override
    public void runDue() {
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery(
                "select id from election where not ebox_counted and not cancelled and polls_close <= ?1")
                .setParameter(1, clock.instant()).getResultList();
        for (UUID id : due) {
            QuarkusTransaction.requiringNew().run(() -> count(id));
        }
    }

    void count(UUID id) {
        Election election = elections.lock(id);
        if (election.eboxCounted || election.cancelled || clock.instant().isBefore(election.pollsClose)) {
            return;
        }
        election.eboxCounted = true;
        List<BallotOption> options = ballots.options(id);
        Map<String, Map<UUID, Long>> boxes = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select precinct_code, option_id, count(*) from electronic_ballot where election_id = ?1
                group by precinct_code, option_id""").setParameter(1, id).getResultList();
        for (Object[] row : rows) {
            boxes.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((UUID) row[1], ((Number) row[2]).longValue());
        }
        @SuppressWarnings("unchecked")
        List<String> precincts = em.createNativeQuery("select code from precinct where unit_code = ?1 order by code")
                .setParameter(1, election.unitCode).getResultList();
        for (String precinct : precincts) {
            Map<UUID, Long> box = boxes.getOrDefault(precinct, Map.of());
            List<Count> counts = new ArrayList<>();
            for (BallotOption o : options) {
                counts.add(new Count(o.optionId, o.kind, o.candidateId, box.getOrDefault(o.optionId, 0L)));
            }
            outbox.publish(TOPIC, TYPE, id.toString(), new EboxClosed(id, precinct, counts));
        }
    }

}
