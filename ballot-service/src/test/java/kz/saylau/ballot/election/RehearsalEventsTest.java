package kz.saylau.ballot.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.ballot.platform.BallotFixture;

/**
 * R-X4 through the broker: this service runs in simulation mode in tests, so a real event (no {@code ce_rehearsal:
 * true}) is refused, with the reason kept in the inbox, and changes nothing; the same event as a rehearsal is applied.
 */
@QuarkusTest
class RehearsalEventsTest {

    @Inject
    EntityManager em;

    @Test
    void R_X4_aRealEventNeverReachesARehearsal() throws Exception {
        BallotFixture f = new BallotFixture();
        String real = UUID.randomUUID().toString();
        UUID refused = f.callElection(Map.of("ce_id", real, "ce_rehearsal", "false"));
        BallotFixture.applied(real);
        Object[] outcome = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select outcome, reason from processed_event where event_id = ?1").setParameter(1, real).getSingleResult());
        assertEquals("REJECTED", outcome[0]);
        assertTrue(((String) outcome[1]).startsWith("R-X4: a real event"), (String) outcome[1]);
        assertEquals(List.of(), elections(refused));

        String rehearsal = UUID.randomUUID().toString();
        UUID applied = f.callElection(Map.of("ce_id", rehearsal));
        BallotFixture.applied(rehearsal);
        assertEquals(List.of(applied), elections(applied));
    }

    @SuppressWarnings("unchecked")
    private List<UUID> elections(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select id from election where id = ?1")
                .setParameter(1, id).getResultList());
    }
}
