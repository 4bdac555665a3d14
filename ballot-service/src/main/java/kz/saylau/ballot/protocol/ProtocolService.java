package kz.saylau.ballot.protocol;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import kz.saylau.ballot.ballot.BallotService;
import kz.saylau.ballot.election.Election;
import kz.saylau.ballot.election.Elections;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.ballot.platform.Instants;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.web.ServiceSettings;
import kz.saylau.platform.messaging.Outbox;
import kz.saylau.ballot.precinct.Precinct;

/** Intake of final protocols and their corrections (R-P1..R-P6, R-X1); every version is an event. */
@ApplicationScoped
public class ProtocolService {

    @Inject
    EntityManager em;

    @Inject
    Elections elections;

    @Inject
    BallotService ballots;

    @Inject
    ElectionClock clock;

    @Inject
    ServiceSettings config;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper mapper;

    /** What a submission answers: 201 for a new version, 200 for an identical repeat (R-P6). */
    public record Outcome(int status, ProtocolView.Accepted answer) {
    }

    /** The PEC's protocol, version 1: order of api.md: 403, 404, POLLS_NOT_CLOSED, PROTOCOL_CANDIDATES, PROTOCOL_INCONSISTENT, 409. */
    @Transactional
    public Outcome submit(UUID electionId, String code, ProtocolBody body, String deviceSignature, Caller caller) {
        caller.requireScope("precinct", "precinct", code);
        Election election = elections.find(electionId);
        precinctOf(election, code);
        if (!election.pollsClosedAt(clock.instant())) {
            throw ProblemException.rule("POLLS_NOT_CLOSED", "R-P6", "a protocol is accepted after the polls close at "
                    + Instants.format(election.pollsClose, config.timeZone()));
        }
        BallotLines lines = ballotLines(electionId);
        ProtocolRules.checkCandidates(body.votes(), lines.candidates());
        ProtocolRules.checkConsistent(body, lines.againstAll());
        // a plain query for the common case (no protocol yet) keeps the intake of election night light
        @SuppressWarnings("unchecked")
        List<Number> versions = em.createNativeQuery(
                "select version from protocol where election_id = ?1 and precinct_code = ?2 limit 1")
                .setParameter(1, electionId).setParameter(2, code).getResultList();
        if (!versions.isEmpty()) {
            Protocol first = first(electionId, code);
            if (sameFigures(first, body)) {
                return new Outcome(200, accepted(first));
            }
            throw ProblemException.conflict("PROTOCOL_ALREADY_SUBMITTED",
                    "R-P6: precinct " + code + " has a different protocol; the TEC corrects it through /corrections");
        }
        Protocol p = store(electionId, code, 1, body, null, null, null, caller.name(), deviceSignature);
        return new Outcome(201, accepted(p));
    }

    /** The TEC's correction: a new version with a reason and a decision reference (R-P6). */
    @Transactional
    public ProtocolView.Accepted correct(UUID electionId, String code, ProtocolBody body, Caller caller) {
        Election election = elections.find(electionId);
        Precinct precinct = precinctOf(election, code);
        caller.requireScope("tec", "district", precinct.districtCode);
        List<ProblemException.Violation> missing = new java.util.ArrayList<>();
        if (body.supersedesVersion() == null) {
            missing.add(new ProblemException.Violation("supersedesVersion", "required for a correction"));
        }
        if (body.reason() == null || body.reason().isBlank()) {
            missing.add(new ProblemException.Violation("reason", "required for a correction"));
        }
        if (body.decisionRef() == null || body.decisionRef().isBlank()) {
            missing.add(new ProblemException.Violation("decisionRef", "required for a correction"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(400, "VALIDATION_FAILED", "a correction names the version it supersedes, "
                    + "a reason and a decision reference", missing);
        }
        Protocol latest = latest(electionId, code)
                .orElseThrow(() -> ProblemException.notFound("a protocol of precinct " + code));
        BallotLines lines = ballotLines(electionId);
        ProtocolRules.checkCandidates(body.votes(), lines.candidates());
        ProtocolRules.checkConsistent(body, lines.againstAll());
        if (body.supersedesVersion() != latest.version) {
            throw ProblemException.conflict("VERSION_CONFLICT", "the latest version is " + latest.version
                    + ", not " + body.supersedesVersion());
        }
        // read under the election's lock: a certification or failure event cannot slip in between
        Election decided = elections.lock(electionId);
        if (decided.decided()) {
            throw ProblemException.conflict("RESULT_CERTIFIED", "R-P6, R-R4: the result is decided ("
                    + (decided.failed ? "failed" : "certified") + "); the CEC reopens it first");
        }
        Protocol p = store(electionId, code, latest.version + 1, body, latest.tracker, body.reason(), body.decisionRef(),
                caller.name(), null);
        return accepted(p);
    }

    private Protocol store(UUID electionId, String code, int version, ProtocolBody body, String previous, String reason,
            String decisionRef, String by, String deviceSignature) {
        Trackers.Figures figures = figures(body);
        Protocol p = new Protocol();
        p.id = UUID.randomUUID();
        p.electionId = electionId;
        p.precinctCode = code;
        p.version = version;
        p.votersOnList = figures.votersOnList();
        p.ballotsReceived = figures.ballotsReceived();
        p.ballotsIssued = figures.ballotsIssued();
        p.ballotsCancelled = figures.ballotsCancelled();
        p.ballotsInBox = figures.ballotsInBox();
        p.invalidBallots = figures.invalidBallots();
        p.againstAll = figures.againstAll();
        p.votes = json(sorted(figures.votes()));
        p.imageSha256 = body.imageSha256();
        p.reason = reason;
        p.decisionRef = decisionRef;
        p.previousTracker = previous;
        p.tracker = Trackers.tracker(previous, electionId.toString(), code, version, figures, body.imageSha256(), reason,
                decisionRef);
        // the election's time, as every rule reads it (R-C4): in a rehearsal a protocol is accepted after the
        // simulated poll close, not on the real day the rehearsal runs
        p.acceptedAt = clock.instant();
        p.submittedBy = by;
        p.deviceSignature = deviceSignature;
        p.persist();
        // the unique (election, precinct, version) index turns a racing second submission into a 409 here
        em.flush();
        outbox.publish(ProtocolView.TOPIC, ProtocolView.TYPE, electionId.toString(), view(p));
        return p;
    }

    public ProtocolView latestView(UUID electionId, String code) {
        return view(latest(electionId, code).orElseThrow(() -> ProblemException.notFound("a protocol of precinct " + code)));
    }

    public List<ProtocolView> history(UUID electionId, String code) {
        List<ProtocolView> all = Protocol.<Protocol>list("electionId = ?1 and precinctCode = ?2", Sort.by("version"),
                electionId, code).stream().map(this::view).toList();
        if (all.isEmpty()) {
            throw ProblemException.notFound("a protocol of precinct " + code);
        }
        return all;
    }

    /** The latest version of each precinct's protocol. */
    public List<ProtocolView> latestOfElection(UUID electionId) {
        elections.find(electionId);
        return em.createQuery("""
                select p from Protocol p where p.electionId = ?1 and p.version = (select max(q.version) from Protocol q
                    where q.electionId = ?1 and q.precinctCode = p.precinctCode) order by p.precinctCode""", Protocol.class)
                .setParameter(1, electionId).getResultList().stream().map(this::view).toList();
    }

    public List<ProtocolView.TrackerLine> trackers(UUID electionId) {
        elections.find(electionId);
        return Protocol.<Protocol>list("electionId", Sort.by("precinctCode").and("version"), electionId).stream()
                .map(p -> new ProtocolView.TrackerLine(p.precinctCode, p.version, p.tracker, p.previousTracker,
                        Instants.format(p.acceptedAt, config.timeZone())))
                .toList();
    }

    public Optional<Protocol> version(UUID electionId, String code, int version) {
        return Protocol.find("electionId = ?1 and precinctCode = ?2 and version = ?3", electionId, code, version).firstResultOptional();
    }

    Optional<Protocol> latest(UUID electionId, String code) {
        return Protocol.<Protocol>find("electionId = ?1 and precinctCode = ?2", Sort.descending("version"), electionId, code)
                .firstResultOptional();
    }

    private Protocol first(UUID electionId, String code) {
        return version(electionId, code, 1).orElseThrow();
    }

    public Precinct precinctOf(Election election, String code) {
        // the precinct's row lock puts one precinct's submissions in turn
        return Precinct.ofElection(em, election, code, true);
    }

    /** The lines of the election's ballot: its candidates, and whether it has an against-all line (R-B2). */
    record BallotLines(Set<UUID> candidates, boolean againstAll) {
    }

    private BallotLines ballotLines(UUID electionId) {
        if (ballots.version(electionId).isEmpty()) {
            throw ProblemException.rule("PROTOCOL_CANDIDATES", "R-P5", "the ballot of this election is not published");
        }
        // no result class here: Hibernate caches a native query with one under a key that never matches again,
        // which grew its plan cache and made every protocol slower (found with JFR under the intake benchmark)
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select candidate_id, kind from ballot_option where election_id = ?1 and on_ballot""")
                .setParameter(1, electionId).getResultList();
        Set<UUID> candidates = new HashSet<>();
        boolean againstAll = false;
        for (Object[] row : rows) {
            if (row[0] != null) {
                candidates.add((UUID) row[0]);
            }
            againstAll |= "AGAINST_ALL".equals(row[1]);
        }
        return new BallotLines(candidates, againstAll);
    }

    private boolean sameFigures(Protocol p, ProtocolBody body) {
        Trackers.Figures f = figures(body);
        return p.votersOnList == f.votersOnList() && p.ballotsReceived == f.ballotsReceived()
                && p.ballotsIssued == f.ballotsIssued() && p.ballotsCancelled == f.ballotsCancelled()
                && p.ballotsInBox == f.ballotsInBox() && p.invalidBallots == f.invalidBallots()
                && p.againstAll == f.againstAll() && p.votes.equals(json(sorted(f.votes())))
                && java.util.Objects.equals(p.imageSha256, body.imageSha256());
    }

    static Trackers.Figures figures(ProtocolBody b) {
        return new Trackers.Figures(b.votersOnList().longValueExact(), b.ballotsReceived().longValueExact(),
                b.ballotsIssued().longValueExact(), b.ballotsCancelled().longValueExact(), b.ballotsInBox().longValueExact(),
                b.invalidBallots().longValueExact(), b.againstAll().longValueExact(),
                b.votes().stream().map(v -> new Trackers.Vote(v.candidateId().toString(), v.votes().longValueExact())).toList());
    }

    private static List<Trackers.Vote> sorted(List<Trackers.Vote> votes) {
        return votes.stream().sorted((a, b) -> a.candidateId().compareTo(b.candidateId())).toList();
    }

    public ProtocolView view(Protocol p) {
        return new ProtocolView(p.id, p.electionId, p.precinctCode, p.version, "ACCEPTED", p.votersOnList,
                p.ballotsReceived, p.ballotsIssued, p.ballotsCancelled, p.ballotsInBox, p.invalidBallots, p.againstAll,
                votes(p.votes), p.imageSha256, p.reason, p.decisionRef, p.tracker, p.previousTracker,
                Instants.format(p.acceptedAt, config.timeZone()), p.deviceSignature);
    }

    private static ProtocolView.Accepted accepted(Protocol p) {
        return new ProtocolView.Accepted(p.id, p.version, "ACCEPTED", p.tracker);
    }

    private String json(List<Trackers.Vote> votes) {
        try {
            return mapper.writeValueAsString(votes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Trackers.Vote> votes(String json) {
        try {
            return mapper.readValue(json, new TypeReference<List<Trackers.Vote>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
