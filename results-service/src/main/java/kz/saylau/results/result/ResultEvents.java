package kz.saylau.results.result;

import static kz.saylau.platform.messaging.EventData.instant;
import static kz.saylau.platform.messaging.EventData.text;
import static kz.saylau.platform.messaging.EventData.uuid;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.platform.messaging.EventBatch;
import kz.saylau.platform.messaging.EventReader;
import kz.saylau.platform.messaging.EventSettings;
import kz.saylau.platform.messaging.IncomingEvent;

/**
 * Everything results-service counts, from the other services' events. Each figure is stored per precinct under
 * its key, so events may come in any order and more than once: a protocol for an election not heard of yet is kept
 * and counts once the election is known; a newer protocol version replaces an older one, an older one is ignored.
 */
@ApplicationScoped
public class ResultEvents implements EventReader, EventBatch {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    ResultChanges changes;

    @Inject
    ResultService results;

    @Inject
    kz.saylau.results.anomaly.AnomalySettings anomalies;

    @Inject
    EventSettings events;

    /**
     * A batch of events (the platform's {@link kz.saylau.platform.messaging.EventConsumer} puts a poll's records in one
     * transaction): each changed result is rendered once at its end and streamed after the commit, as election
     * night's protocols come faster than one commit and one rendering each would allow.
     */
    @Override
    public void begin() {
        changes.reset();
    }

    @Override
    public void end() {
        changes.finish();
    }

    @Override
    public void committed() {
        changes.flush();
    }

    /** One event of any topic (the units of {@code saylau.territory} are {@code KnownUnits}'): what counts here. */
    @Override
    public void apply(IncomingEvent event) {
        if (events.source().equals(event.source())) {
            // our own certified, reopened, failed and mandate events come back on saylau.results: they were applied
            // in the transaction that wrote them, and rendering them again would stream a second, newer-looking result
            return;
        }
        applyEvent(event);
    }

    /** Applies one event inside the caller's transaction; the changed results are rendered by its last step. */
    private void applyEvent(IncomingEvent event) {
        JsonNode d = event.data();
        switch (event.type()) {
            case "saylau.election.called.v1", "saylau.election.calendar-changed.v1", "saylau.election.cancelled.v1" ->
                election(d, event.type().endsWith("cancelled.v1"));
            case "saylau.precinct.registered.v1", "saylau.precinct.updated.v1", "saylau.precinct.closed.v1" -> precinct(d);
            case "saylau.ballot.published.v1" -> ballot(d);
            case "saylau.candidate.nominated.v1", "saylau.candidate.registered.v1", "saylau.candidate.refused.v1",
                    "saylau.candidate.withdrawn.v1", "saylau.candidate.deregistered.v1" -> exec("""
                    insert into result_candidate (id, election_id, nominated_by, party_code, party_name, gender, person_key,
                        status, display_name, registered)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8 in ('REGISTERED', 'DEREGISTERED'))
                    on conflict (id) do update set status = excluded.status, party_code = excluded.party_code,
                        party_name = excluded.party_name, display_name = excluded.display_name,
                        registered = result_candidate.registered or excluded.registered""",
                    uuid(d, "id"), uuid(d, "electionId"), text(d, "nominatedBy"), d.path("partyCode").asText(null),
                    d.path("partyName").asText(null), d.path("gender").asText(null), d.path("personKey").asText(null),
                    text(d, "status"), displayName(d));
            case "saylau.turnout.reported.v1" -> turnout(d);
            case "saylau.protocol.accepted.v1" -> protocol(d);
            case "saylau.ebox.closed.v1" -> ebox(d);
            case "saylau.ebox.tallied.v1" -> {
                // R-V4: these precincts' counts are on their way (after the trustees); certification waits for them
                for (JsonNode precinct : d.path("precinctCodes")) {
                    exec("insert into result_ebox_expected (election_id, precinct_code) values (?1, ?2) on conflict do nothing",
                            uuid(d, "electionId"), precinct.asText());
                }
            }
            case "saylau.election.failed.v1" -> failedElsewhere(d);
            default -> {
                // parties, units, mandate events of others: nothing to count
            }
        }
        if (d.hasNonNull("electionId") || event.type().startsWith("saylau.election.")) {
            String id = d.hasNonNull("electionId") ? d.path("electionId").asText() : d.path("id").asText(null);
            if (id != null) {
                changes.changed(UUID.fromString(id));
            }
        }
    }

    private void precinct(JsonNode d) {
        exec("""
                insert into result_precinct (code, unit_code, voters_on_list, closed_at) values (?1, ?2, ?3, cast(?4 as timestamptz))
                on conflict (code) do update set unit_code = excluded.unit_code, voters_on_list = excluded.voters_on_list,
                    closed_at = excluded.closed_at""",
                text(d, "code"), text(d, "unitCode"), d.path("votersOnList").asInt(),
                d.path("closedAt").asText(null)); // a null of type text: PostgreSQL casts it like any other
        // the register counts in the results of the unit's undecided elections (precincts total, voters on the list)
        @SuppressWarnings("unchecked")
        java.util.List<UUID> open = em.createNativeQuery(
                "select id from result_election where unit_code = ?1 and decision is null and not cancelled")
                .setParameter(1, text(d, "unitCode")).getResultList();
        open.forEach(changes::changed);
    }

    /** "Lastname Firstname Patronymic", as the ballot prints it. */
    private static String displayName(JsonNode d) {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] { "lastName", "firstName", "patronymic" }) {
            String v = d.path(part).asText("");
            if (!v.isBlank()) {
                name.append(name.length() > 0 ? " " : "").append(v);
            }
        }
        return name.length() == 0 ? null : name.toString();
    }

    private void election(JsonNode d, boolean cancelled) {
        JsonNode c = d.path("calendar");
        exec("""
                insert into result_election (id, unit_code, unit_name, district_code, district_name, region_code, region_name,
                    voting_day, polls_open, polls_close, cancelled, kind, unit_name_ru, district_name_ru, region_name_ru)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
                on conflict (id) do update set polls_open = excluded.polls_open, polls_close = excluded.polls_close,
                    kind = coalesce(excluded.kind, result_election.kind),
                    voting_day = excluded.voting_day, cancelled = result_election.cancelled or excluded.cancelled,
                    -- R-T3: the names as on voting day: a renaming reaches an undecided election, never a decided one
                    unit_name = case when result_election.decision is null then excluded.unit_name else result_election.unit_name end,
                    district_name = case when result_election.decision is null then excluded.district_name else result_election.district_name end,
                    region_name = case when result_election.decision is null then excluded.region_name else result_election.region_name end,
                    unit_name_ru = case when result_election.decision is null then excluded.unit_name_ru else result_election.unit_name_ru end,
                    district_name_ru = case when result_election.decision is null then excluded.district_name_ru else result_election.district_name_ru end,
                    region_name_ru = case when result_election.decision is null then excluded.region_name_ru else result_election.region_name_ru end""",
                uuid(d, "id"), text(d, "unitCode"), d.path("unitName").asText(text(d, "unitCode")), text(d, "districtCode"),
                d.path("districtName").asText(null), text(d, "regionCode"), d.path("regionName").asText(null),
                LocalDate.parse(text(d, "votingDay")), instant(c, "pollsOpen"),
                instant(c, "pollsClose"), cancelled, d.path("kind").asText(null), d.path("unitNameRu").asText(null),
                d.path("districtNameRu").asText(null), d.path("regionNameRu").asText(null));
    }

    private void ballot(JsonNode d) {
        UUID election = uuid(d, "electionId");
        exec("update result_option set on_ballot = false where election_id = ?1", election);
        for (JsonNode o : d.path("options")) {
            exec("""
                    insert into result_option (option_id, election_id, position, kind, candidate_id, display_name, affiliation,
                        on_ballot, display_name_ru)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, true, ?8)
                    on conflict (option_id) do update set position = excluded.position, on_ballot = true""",
                    uuid(o, "optionId"), election, o.path("position").asInt(), text(o, "kind"),
                    o.hasNonNull("candidateId") ? uuid(o, "candidateId") : null, text(o, "displayName"),
                    o.path("affiliation").asText(""), o.path("displayNameRu").asText(null));
        }
    }

    private void turnout(JsonNode d) {
        UUID election = uuid(d, "electionId");
        Tally tally = results.tally(election, true);
        Object counted = em.createNativeQuery(
                "select ballots_issued from result_turnout where election_id = ?1 and precinct_code = ?2")
                .setParameter(1, election).setParameter(2, text(d, "precinctCode")).getResultList().stream().findFirst()
                .orElse(null);
        exec("""
                insert into result_turnout (election_id, precinct_code, ballots_issued, as_of) values (?1, ?2, ?3, ?4)
                on conflict (election_id, precinct_code) do update set ballots_issued = excluded.ballots_issued,
                    as_of = excluded.as_of where result_turnout.ballots_issued <= excluded.ballots_issued""",
                election, text(d, "precinctCode"), d.path("ballotsIssued").asInt(),
                instant(d, "asOf"));
        // each report is kept for the course over the day (R-A1); a redelivered event finds its row there already
        exec("""
                insert into result_turnout_report (election_id, precinct_code, as_of, ballots_issued) values (?1, ?2, ?3, ?4)
                on conflict do nothing""", election, text(d, "precinctCode"), instant(d, "asOf"), d.path("ballotsIssued").asInt());
        tally.turnout(counted == null ? 0 : ((Number) counted).longValue(), d.path("ballotsIssued").asLong());
        results.save(election, tally);
        Object voters = em.createNativeQuery("select voters_on_list from result_precinct where code = ?1")
                .setParameter(1, text(d, "precinctCode")).getResultList().stream().findFirst().orElse(null);
        Object region = em.createNativeQuery("select region_code from result_election where id = ?1")
                .setParameter(1, uuid(d, "electionId")).getResultList().stream().findFirst().orElse(null);
        changes.later("turnout", uuid(d, "electionId"), (String) region, new Turnout(uuid(d, "electionId"), text(d, "precinctCode"),
                text(d, "asOf"), d.path("ballotsIssued").asLong(),
                voters == null ? null : ResultRules.percent(d.path("ballotsIssued").asLong(), ((Number) voters).longValue())));
    }

    /** The stream's {@code turnout} event (api.md). */
    public record Turnout(UUID electionId, String precinctCode, String asOf, long ballotsIssued, Double turnoutPct) {
    }

    private void protocol(JsonNode d) {
        UUID election = uuid(d, "electionId");
        String precinct = text(d, "precinctCode");
        java.util.Map<String, Long> votes = votesBy(d.path("votes"), "candidateId");
        Tally.Protocol incoming = new Tally.Protocol(precinct, d.path("version").asInt(), d.path("votersOnList").asLong(),
                d.path("ballotsIssued").asLong(), d.path("ballotsInBox").asLong(), d.path("invalidBallots").asLong(),
                d.path("againstAll").asLong(), votes);
        // the election's totals are locked first: one precinct's versions and boxes are applied one at a time
        Tally tally = results.tally(election, true);
        Tally.Protocol counted = counted(election, precinct);
        java.util.Map<String, Long> ebox = ebox(election, precinct);
        if (!tally.apply(counted, incoming, ebox)) {
            return; // an older or repeated version changes nothing: the newer one stays in every total
        }
        var flags = kz.saylau.results.anomaly.AnomalyRules.protocolFlags(incoming, counted, byCandidate(election, ebox),
                kz.saylau.results.anomaly.AnomalyRules.Thresholds.of(anomalies));
        exec("""
                insert into result_protocol (election_id, precinct_code, version, voters_on_list, ballots_issued,
                    ballots_in_box, invalid_ballots, against_all, votes, flags)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                on conflict (election_id, precinct_code) do update set version = excluded.version,
                    voters_on_list = excluded.voters_on_list, ballots_issued = excluded.ballots_issued,
                    ballots_in_box = excluded.ballots_in_box, invalid_ballots = excluded.invalid_ballots,
                    against_all = excluded.against_all, votes = excluded.votes, flags = excluded.flags""",
                election, precinct, incoming.version(), incoming.votersOnList(), incoming.ballotsIssued(),
                incoming.ballotsInBox(), incoming.invalidBallots(), incoming.againstAll(), json(votes), json(flags));
        results.save(election, tally);
    }

    /** A precinct's electronic votes by candidate id (other options, against-all, by their option id). */
    private java.util.Map<String, Long> byCandidate(UUID election, java.util.Map<String, Long> ebox) {
        if (ebox == null || ebox.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> candidateOf = new java.util.HashMap<>();
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> options = em.createNativeQuery(
                "select option_id, candidate_id from result_option where election_id = ?1 and candidate_id is not null")
                .setParameter(1, election).getResultList();
        options.forEach(o -> candidateOf.put(o[0].toString(), o[1].toString()));
        java.util.Map<String, Long> votes = new java.util.HashMap<>();
        ebox.forEach((option, n) -> votes.merge(candidateOf.getOrDefault(option, option), n, Long::sum));
        return votes;
    }

    private Tally.Protocol counted(UUID election, String precinct) {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("""
                select version, voters_on_list, ballots_issued, ballots_in_box, invalid_ballots, against_all, votes
                from result_protocol where election_id = ?1 and precinct_code = ?2""")
                .setParameter(1, election).setParameter(2, precinct).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new Tally.Protocol(precinct, ((Number) r[0]).intValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue(),
                ((Number) r[5]).longValue(), counts(mapper, (String) r[6]));
    }

    private java.util.Map<String, Long> ebox(UUID election, String precinct) {
        @SuppressWarnings("unchecked")
        java.util.List<String> rows = em.createNativeQuery(
                "select counts from result_ebox where election_id = ?1 and precinct_code = ?2")
                .setParameter(1, election).setParameter(2, precinct).getResultList();
        return rows.isEmpty() ? null : counts(mapper, rows.get(0));
    }

    private void ebox(JsonNode d) {
        UUID election = uuid(d, "electionId");
        String precinct = text(d, "precinctCode");
        java.util.Map<String, Long> counts = votesBy(d.path("counts"), "optionId");
        Tally tally = results.tally(election, true);
        int added = em.createNativeQuery("""
                insert into result_ebox (election_id, precinct_code, counts) values (?1, ?2, ?3)
                on conflict (election_id, precinct_code) do nothing""")
                .setParameter(1, election).setParameter(2, precinct).setParameter(3, json(counts)).executeUpdate();
        if (added == 1) {
            // counted now if its precinct has reported; otherwise with the precinct's first protocol
            tally.ebox(counts, counted(election, precinct) != null);
            results.save(election, tally);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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

    /** An event's vote lines ({@code [{<id>, votes}]}) as votes per id, in id order; an id twice is added up. */
    static java.util.SortedMap<String, Long> votesBy(JsonNode lines, String idField) {
        java.util.SortedMap<String, Long> votes = new java.util.TreeMap<>();
        for (JsonNode line : lines) {
            votes.merge(uuid(line, idField).toString(), line.path("votes").asLong(), Long::sum);
        }
        return votes;
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
