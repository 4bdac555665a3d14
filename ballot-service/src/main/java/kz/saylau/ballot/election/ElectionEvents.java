package kz.saylau.ballot.election;

import static kz.saylau.platform.messaging.EventData.instant;
import static kz.saylau.platform.messaging.EventData.text;
import static kz.saylau.platform.messaging.EventData.uuid;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.ballot.ballot.BallotService;
import kz.saylau.platform.messaging.EventReader;
import kz.saylau.platform.messaging.IncomingEvent;

/**
 * Applies the events of {@code saylau.elections}, {@code saylau.candidates} and {@code saylau.results}: the calendar of
 * each election, the final list that makes its ballot (R-B3), candidates leaving it, its decision (certified or
 * failed) and reopening (R-P6, R-R4).
 */
@ApplicationScoped
public class ElectionEvents implements EventReader {

    @Inject
    EntityManager em;

    @Inject
    BallotService ballots;

    @Override
    public void apply(IncomingEvent event) {
        JsonNode data = event.data();
        switch (event.type()) {
            case "saylau.election.called.v1", "saylau.election.calendar-changed.v1" -> calendar(data, false);
            case "saylau.election.cancelled.v1" -> calendar(data, true);
            case "saylau.election.registration-closed.v1" -> ballots.publish(uuid(data, "electionId"), data.path("candidates"));
            case "saylau.candidate.withdrawn.v1", "saylau.candidate.deregistered.v1" ->
                ballots.candidateLeft(uuid(data, "electionId"), uuid(data, "id"));
            case "saylau.election.certified.v1" -> decided(uuid(data, "electionId"), true, false);
            case "saylau.election.failed.v1" -> decided(uuid(data, "electionId"), false, true);
            case "saylau.election.reopened.v1" -> decided(uuid(data, "electionId"), false, false);
            default -> {
                // other candidate and result events: nothing for ballot-service
            }
        }
    }

    private void calendar(JsonNode data, boolean cancelled) {
        UUID id = uuid(data, "id");
        Election e = locked(id);
        if (e == null) {
            e = new Election();
            e.id = id;
        }
        e.unitCode = text(data, "unitCode");
        e.districtCode = text(data, "districtCode");
        e.regionCode = text(data, "regionCode");
        // R-T3: the names as candidate-service announces them until the election is decided (a renaming before its
        // voting day ends reaches it; candidate-service announces nothing of a decided one, and it is not changed here)
        if (!e.decided()) {
            e.unitName = data.path("unitName").asText(e.unitName);
            e.districtName = data.path("districtName").asText(e.districtName);
            e.regionName = data.path("regionName").asText(e.regionName);
        }
        e.votingDay = LocalDate.parse(text(data, "votingDay"));
        JsonNode calendar = data.path("calendar");
        e.registrationCloses = instant(calendar, "registrationCloses");
        e.pollsOpen = instant(calendar, "pollsOpen");
        e.pollsClose = instant(calendar, "pollsClose");
        e.cancelled = e.cancelled || cancelled;
        em.merge(e);
    }

    /**
     * The election's row, locked as every other writer of it locks it (Elections.lock): the entity is written back
     * whole, so a copy read while the e-box count held the row would put its ebox_tallied back to false.
     */
    private Election locked(UUID id) {
        return em.find(Election.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    private void decided(UUID id, boolean certified, boolean failed) {
        Election e = locked(id);
        if (e != null) {
            e.certified = certified;
            e.failed = failed;
        }
    }
}
