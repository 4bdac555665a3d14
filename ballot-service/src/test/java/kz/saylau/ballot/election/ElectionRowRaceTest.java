package kz.saylau.ballot.election;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import kz.saylau.ballot.platform.BallotFixture;
import kz.saylau.platform.testing.Insider;
import kz.saylau.platform.testing.KafkaTopics;

/**
 * A decision about an election (results-service's failed.v1) arrives while the e-box count holds the election's row
 * at poll close. The consumer must not write back the copy it read before the count committed: that put
 * ebox_tallied back to false, and every later clock move then failed on the tallies already stored.
 */
@QuarkusTest
class ElectionRowRaceTest {

    @Test
    void aDecisionArrivingWhileTheBoxIsCountedKeepsTheCount() throws Exception {
        BallotFixture f = BallotFixture.withBallot(100);
        String eventId = UUID.randomUUID().toString();
        try (Connection count = Insider.connect(); Connection watch = Insider.connect()) {
            // the count's transaction: it holds the election's row, as EboxCount does (Elections.lock)
            count.setAutoCommit(false);
            try (PreparedStatement lock = count.prepareStatement("select 1 from election where id = ? for update")) {
                lock.setObject(1, f.election);
                lock.executeQuery().close();
            }
            KafkaTopics.send("test.saylau.results", eventId, "saylau.election.failed.v1", f.election.toString(),
                    "{\"electionId\":\"" + f.election + "\",\"unitCode\":\"" + f.unit + "\",\"failureReason\":\"TIE\",\"failedOn\":\""
                            + f.votingDay + "\"}");
            // the consumer has the event and waits for the row (to read it, or to write what it read before)
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                try (ResultSet r = watch.createStatement().executeQuery("select count(*) from pg_stat_activity "
                        + "where datname = current_database() and wait_event_type = 'Lock' and query ilike '%election%'")) {
                    r.next();
                    return r.getInt(1) > 0;
                }
            });
            try (PreparedStatement tallied = count.prepareStatement("update election set ebox_tallied = true where id = ?")) {
                tallied.setObject(1, f.election);
                tallied.executeUpdate();
            }
            count.commit();
        }
        BallotFixture.applied(eventId);
        try (Connection db = Insider.connect();
                PreparedStatement read = db.prepareStatement("select failed, ebox_tallied from election where id = ?")) {
            read.setObject(1, f.election);
            try (ResultSet r = read.executeQuery()) {
                r.next();
                assertEquals(true, r.getBoolean("failed"), "the decision is applied");
                assertEquals(true, r.getBoolean("ebox_tallied"), "the count stays counted");
            }
        }
    }
}
