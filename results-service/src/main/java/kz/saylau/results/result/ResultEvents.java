package kz.saylau.results.result;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.results.platform.events.EventInbox;
import kz.saylau.results.platform.events.IncomingEvent;

/**
 * Everything results-service counts, from the other services' events. Each figure is stored per precinct under
 * its key, so events may come in any order and more than once: a protocol for an election not heard of yet is kept
 * and counts once the election is known; a newer protocol version replaces an older one, an older one is ignored.
 */
@ApplicationScoped
public class ResultEvents {

    @Inject
    EventInbox inbox;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    kz.saylau.results.live.LiveResults live;

    @Incoming("elections")
    @Blocking
    public void elections(ConsumerRecord<String, String> record) {
        live.reset();
        inbox.receive(record, this::apply);
        live.flush();
    }

    @Incoming("candidates")
    @Blocking
    public void candidates(ConsumerRecord<String, String> record) {
        live.reset();
        inbox.receive(record, this::apply);
        live.flush();
    }

    @Incoming("ballots")
    @Blocking
    public void ballots(ConsumerRecord<String, String> record) {
        live.reset();
        inbox.receive(record, this::apply);
        live.flush();
    }

    @Incoming("tallies")
    @Blocking
    public void tallies(ConsumerRecord<String, String> record) {
        live.reset();
        inbox.receive(record, this::apply);
        live.flush();
    }

    @Incoming("results")
    @Blocking
    public void results(ConsumerRecord<String, String> record) {
        live.reset();
        inbox.receive(record, this::apply);
        live.flush();
    }

    public void apply(IncomingEvent event) {
        JsonNode d = event.data();
        switch (event.type()) {
            case "saylau.election.called.v1", "saylau.election.calendar-changed.v1", "saylau.election.cancelled.v1" ->
                election(d, event.type().endsWith("cancelled.v1"));
            case "saylau.precinct.registered.v1", "saylau.precinct.updated.v1" -> exec("""
                    insert into result_precinct (code, unit_code, voters_on_list) values (?1, ?2, ?3)
                    on conflict (code) do update set unit_code = excluded.unit_code, voters_on_list = excluded.voters_on_list""",
                    text(d, "code"), text(d, "unitCode"), d.path("votersOnList").asInt());
            case "saylau.ballot.published.v1" -> ballot(d);
            case "saylau.candidate.nominated.v1", "saylau.candidate.registered.v1", "saylau.candidate.refused.v1",
                    "saylau.candidate.withdrawn.v1", "saylau.candidate.deregistered.v1" -> exec("""
                    insert into result_candidate (id, election_id, nominated_by, party_code, gender, person_key, status)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                    on conflict (id) do update set status = excluded.status, party_code = excluded.party_code""",
                    uuid(d, "id"), uuid(d, "electionId"), text(d, "nominatedBy"), d.path("partyCode").asText(null),
                    d.path("gender").asText(null), d.path("personKey").asText(null), text(d, "status"));
            case "saylau.turnout.reported.v1" -> turnout(d);
            case "saylau.protocol.accepted.v1" -> protocol(d);
            case "saylau.ebox.closed.v1" -> ebox(d);
            case "saylau.election.failed.v1" -> failedElsewhere(d);
            default -> {
                // our own certified/reopened/mandate events, parties, units: nothing more to count
            }
        }
        if (d.hasNonNull("electionId") || event.type().startsWith("saylau.election.")) {
            String id = d.hasNonNull("electionId") ? d.path("electionId").asText() : d.path("id").asText(null);
            if (id != null) {
                // every applied change gives the election's result a new sequence (for ETags and pollers)
                exec("update result_election set sequence = nextval('result_change_sequence') where id = ?1",
                        UUID.fromString(id));
                live.changed(UUID.fromString(id));
            }
        }
    }

    private void election(JsonNode d, boolean cancelled) {
        JsonNode c = d.path("calendar");
        exec("""
                insert into result_election (id, unit_code, unit_name, district_code, district_name, region_code, region_name,
                    voting_day, polls_open, polls_close, cancelled)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                on conflict (id) do update set polls_open = excluded.polls_open, polls_close = excluded.polls_close,
                    voting_day = excluded.voting_day, cancelled = result_election.cancelled or excluded.cancelled""",
                uuid(d, "id"), text(d, "unitCode"), d.path("unitName").asText(text(d, "unitCode")), text(d, "districtCode"),
                d.path("districtName").asText(null), text(d, "regionCode"), d.path("regionName").asText(null),
                LocalDate.parse(text(d, "votingDay")), OffsetDateTime.parse(text(c, "pollsOpen")).toInstant(),
                OffsetDateTime.parse(text(c, "pollsClose")).toInstant(), cancelled);
    }

    private void ballot(JsonNode d) {
        UUID election = uuid(d, "electionId");
        exec("update result_option set on_ballot = false where election_id = ?1", election);
        for (JsonNode o : d.path("options")) {
            exec("""
                    insert into result_option (option_id, election_id, position, kind, candidate_id, display_name, affiliation, on_ballot)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, true)
                    on conflict (option_id) do update set position = excluded.position, on_ballot = true""",
                    uuid(o, "optionId"), election, o.path("position").asInt(), text(o, "kind"),
                    o.hasNonNull("candidateId") ? uuid(o, "candidateId") : null, text(o, "displayName"),
                    o.path("affiliation").asText(""));
        }
    }

    private void turnout(JsonNode d) {
        exec("""
                insert into result_turnout (election_id, precinct_code, ballots_issued, as_of) values (?1, ?2, ?3, ?4)
                on conflict (election_id, precinct_code) do update set ballots_issued = excluded.ballots_issued,
                    as_of = excluded.as_of where result_turnout.ballots_issued <= excluded.ballots_issued""",
                uuid(d, "electionId"), text(d, "precinctCode"), d.path("ballotsIssued").asInt(),
                OffsetDateTime.parse(text(d, "asOf")).toInstant());
        Object voters = em.createNativeQuery("select voters_on_list from result_precinct where code = ?1")
                .setParameter(1, text(d, "precinctCode")).getResultList().stream().findFirst().orElse(null);
        Object region = em.createNativeQuery("select region_code from result_election where id = ?1")
                .setParameter(1, uuid(d, "electionId")).getResultList().stream().findFirst().orElse(null);
        live.later("turnout", uuid(d, "electionId"), (String) region, new Turnout(uuid(d, "electionId"), text(d, "precinctCode"),
                text(d, "asOf"), d.path("ballotsIssued").asLong(),
                voters == null ? null : ResultRules.percent(d.path("ballotsIssued").asLong(), ((Number) voters).longValue())));
    }

    /** The stream's {@code turnout} event (api.md). */
    public record Turnout(UUID electionId, String precinctCode, String asOf, long ballotsIssued, Double turnoutPct) {
    }

    private void protocol(JsonNode d) {
        StringBuilder votes = new StringBuilder("{");
        for (JsonNode v : d.path("votes")) {
            votes.append(votes.length() > 1 ? "," : "").append('"').append(uuid(v, "candidateId")).append("\":")
                    .append(v.path("votes").asLong());
        }
        votes.append('}');
        // a newer version replaces the older in every total; an older one arriving late changes nothing
        exec("""
                insert into result_protocol (election_id, precinct_code, version, voters_on_list, ballots_issued,
                    ballots_in_box, invalid_ballots, against_all, votes)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                on conflict (election_id, precinct_code) do update set version = excluded.version,
                    voters_on_list = excluded.voters_on_list, ballots_issued = excluded.ballots_issued,
                    ballots_in_box = excluded.ballots_in_box, invalid_ballots = excluded.invalid_ballots,
                    against_all = excluded.against_all, votes = excluded.votes
                where result_protocol.version < excluded.version""",
                uuid(d, "electionId"), text(d, "precinctCode"), d.path("version").asInt(), d.path("votersOnList").asLong(),
                d.path("ballotsIssued").asLong(), d.path("ballotsInBox").asLong(), d.path("invalidBallots").asLong(),
                d.path("againstAll").asLong(), votes.toString());
    }

    private void ebox(JsonNode d) {
        StringBuilder counts = new StringBuilder("{");
        for (JsonNode c : d.path("counts")) {
            counts.append(counts.length() > 1 ? "," : "").append('"').append(uuid(c, "optionId")).append("\":")
                    .append(c.path("votes").asLong());
        }
        counts.append('}');
        exec("""
                insert into result_ebox (election_id, precinct_code, counts) values (?1, ?2, ?3)
                on conflict (election_id, precinct_code) do nothing""",
                uuid(d, "electionId"), text(d, "precinctCode"), counts.toString());
    }

    /** A failure decided by candidate-service (NO_CANDIDATES): the result shows it. Our own come back ignored. */
    private void failedElsewhere(JsonNode d) {
        exec("""
                update result_election set decision = 'FAILED', failure_reason = ?2, decided_on = ?3
                where id = ?1 and decision is null""",
                uuid(d, "electionId"), text(d, "failureReason"), LocalDate.parse(text(d, "failedOn")));
    }

    private void exec(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        q.executeUpdate();
    }

    static UUID uuid(JsonNode d, String field) {
        return UUID.fromString(text(d, field));
    }

    static String text(JsonNode d, String field) {
        String v = d.path(field).asText(null);
        if (v == null) {
            throw new IllegalArgumentException("the event has no " + field);
        }
        return v;
    }

    static Map<String, Long> counts(ObjectMapper mapper, String json) {
        try {
            Map<String, Long> m = new java.util.HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = mapper.readTree(json).fields(); it.hasNext();) {
                var e = it.next();
                m.put(e.getKey(), e.getValue().asLong());
            }
            return m;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
