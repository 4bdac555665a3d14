package kz.saylau.candidate.nomination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.saylau.candidate.election.Election;
import kz.saylau.candidate.election.ElectionService;
import kz.saylau.candidate.election.ElectionSettings;
import kz.saylau.candidate.party.Party;
import kz.saylau.candidate.party.PartyRules;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.web.ServiceSettings;
import kz.saylau.platform.messaging.Outbox;
import kz.saylau.candidate.territory.Unit;

/**
 * Nominations, the TEC's decisions, withdrawals and deregistrations (R-N1..R-N8). Each runs with the election's
 * row locked, so two nominations of one party, or a nomination and the closing of nomination, take turns.
 */
@ApplicationScoped
public class NominationService {

    @Inject
    ElectionService elections;

    @Inject
    ElectionSettings settings;

    @Inject
    ServiceSettings config;

    @Inject
    ElectionClock clock;

    @Inject
    PersonKeys personKeys;

    @Inject
    Outbox outbox;

    @Inject
    kz.saylau.platform.web.RequestLanguage languages;

    /** Who may nominate what (api.md): 403 before anything else is looked at but the election's district. */
    static boolean mayNominate(Caller caller, NominationRequest n, Election election) {
        if (caller.isCec()) {
            return true;
        }
        return switch (n.nominatedBy()) {
            case PARTY -> caller.actsFor("tec", "district", election.districtCode)
                    || (caller.has("party") && (n.partyCode() == null || caller.scope("party").filter(n.partyCode()::equals).isPresent()));
            case SELF -> caller.actsFor("tec", "district", election.districtCode);
            case DISTRICT_AKIM -> caller.actsFor("district-akim", "district", election.districtCode);
        };
    }

    @Transactional
    public CandidateResponse nominate(UUID electionId, NominationRequest n, Caller caller) {
        Election election = elections.lock(electionId);
        if (!mayNominate(caller, n, election)) {
            throw ProblemException.forbidden("your role or scope does not allow a " + n.nominatedBy()
                    + " nomination in district " + election.districtCode);
        }
        if (n.nominatedBy() == NominatedBy.SELF && n.signatures() == null) {
            throw new ProblemException(400, "VALIDATION_FAILED", "a SELF nomination carries its signatures",
                    List.of(new ProblemException.Violation("signatures", "required for a SELF nomination")));
        }
        Party party = n.partyCode() == null ? null : Party.<Party>findByIdOptional(n.partyCode())
                .orElseThrow(() -> ProblemException.notFound("party " + n.partyCode()));
        if (party != null) {
            PartyRules.requireMayNominate(party.code, party.suspended);
        }
        // the deadline work of nomination close may not have run yet: do it now, under the same lock (R-C3)
        NominationDeadlines.settleNominationClose(election, elections, clock.instant());
        if (!election.status.open()) {
            throw ProblemException.rule(n.nominatedBy() == NominatedBy.DISTRICT_AKIM ? "FALLBACK_NOMINATION_NOT_ALLOWED"
                    : "NOMINATION_CLOSED", "R-N5", "the election is " + election.status);
        }
        Instant now = clock.instant();
        List<NominationRules.Standing> standing = Candidate.<Candidate>list("electionId", electionId).stream()
                .map(c -> new NominationRules.Standing(c.nominatedBy, c.partyCode, c.status)).toList();
        long electorate = Unit.<Unit>findByIdOptional(election.unitCode).map(u -> u.electorate).orElse(0L);
        NominationRules.check(n, new NominationRules.Facts(election.calendar(), now,
                settings.nomination().fallbackMode(), settings.nomination().minimumAge(),
                settings.nomination().selfNominationSignaturesPct(), electorate, standing));
        if (Candidate.count("electionId = ?1 and iin = ?2", electionId, n.iin()) > 0) {
            throw ProblemException.conflict("ALREADY_NOMINATED", "R-N3: this IIN is nominated in this election already");
        }
        Candidate c = new Candidate();
        c.id = UUID.randomUUID();
        c.electionId = electionId;
        c.iin = n.iin();
        c.personKey = personKeys.of(n.iin());
        c.lastName = n.lastName().strip();
        c.firstName = n.firstName().strip();
        c.patronymic = n.patronymic() == null || n.patronymic().isBlank() ? null : n.patronymic().strip();
        c.nameRu = n.nameRu() == null || n.nameRu().isBlank() ? null : n.nameRu().strip();
        c.birthDate = n.birthDate();
        c.gender = n.gender();
        c.nominatedBy = n.nominatedBy();
        c.partyCode = n.partyCode();
        c.partyName = party == null ? null : party.name;
        c.signatures = n.nominatedBy() == NominatedBy.SELF ? n.signatures() : null;
        c.workplace = n.workplace();
        c.status = CandidateStatus.NOMINATED;
        c.nominatedAt = now;
        c.nominatedByAccount = caller.name();
        c.persist();
        announce(c);
        return view(c, caller, election);
    }

    public CandidateResponse get(UUID id, Caller caller) {
        Candidate c = Candidate.<Candidate>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("candidate " + id));
        Election election = elections.find(c.electionId);
        if (c.registeredAt == null && !seesNominees(caller, election)
                && !(c.partyCode != null && caller.actsFor("party", "party", c.partyCode))) {
            // the public sees a candidate only once registered; before that it does not exist for them
            throw ProblemException.notFound("candidate " + id);
        }
        return view(c, caller, election);
    }

    public List<CandidateResponse> list(UUID electionId, CandidateStatus status, Caller caller) {
        Election election = elections.find(electionId);
        boolean all = seesNominees(caller, election);
        return Candidate.<Candidate>find("electionId", Sort.by("nominatedAt").and("id"), electionId).<Candidate>list()
                .stream()
                .filter(c -> all || c.registeredAt != null)
                .filter(c -> status == null || c.status == status)
                .map(c -> view(c, caller, election))
                .toList();
    }

    /** R-N7: the TEC registers or refuses a nominee until registration closes. */
    @Transactional
    public CandidateResponse decide(UUID id, DecisionRequest request, Caller caller) {
        Candidate c = candidate(id);
        Election election = lockForDistrictCommission(c, caller);
        Instant now = clock.instant();
        // registration close may move when the fallback window opens (R-N6): settle that first
        NominationDeadlines.settleNominationClose(election, elections, now);
        if (!election.status.open() || !now.isBefore(election.registrationCloses)) {
            throw ProblemException.rule("REGISTRATION_CLOSED", "R-N7", "registration closed at "
                    + election.registrationCloses + (election.status.open() ? "" : "; the election is " + election.status));
        }
        requireStatus(c, CandidateStatus.NOMINATED);
        c.status = request.decision() == DecisionRequest.Decision.REGISTER ? CandidateStatus.REGISTERED : CandidateStatus.REFUSED;
        c.statusReason = request.reason();
        c.decidedAt = now;
        if (c.status == CandidateStatus.REGISTERED) {
            c.registeredAt = now;
        }
        announce(c);
        return view(c, caller, election);
    }

    /** The candidate's election, locked for a decision of its district's TEC (R-N7, R-N8). */
    private Election lockForDistrictCommission(Candidate c, Caller caller) {
        Election election = elections.lock(c.electionId);
        caller.requireScope("tec", "district", election.districtCode);
        return election;
    }

    /** R-N8: until 5 days before voting day (18:00), by the TEC or the nominating party. */
    @Transactional
    public CandidateResponse withdraw(UUID id, String reason, Caller caller) {
        Candidate c = candidate(id);
        Election election = elections.lock(c.electionId);
        if (!caller.actsFor("tec", "district", election.districtCode)
                && !(c.partyCode != null && caller.actsFor("party", "party", c.partyCode))) {
            throw ProblemException.forbidden("the TEC of the district or the nominating party withdraws a candidate");
        }
        Instant now = clock.instant();
        var closes = elections.calendarRules().deadline(
                election.votingDay.minusDays(settings.nomination().withdrawalClosesDaysBefore()));
        if (!election.status.open() || !now.isBefore(closes)) {
            throw ProblemException.rule("WITHDRAWAL_CLOSED", "R-N8", "withdrawal closed at " + closes
                    + (election.status.open() ? "" : "; the election is " + election.status));
        }
        requireStatus(c, CandidateStatus.NOMINATED, CandidateStatus.REGISTERED);
        c.status = CandidateStatus.WITHDRAWN;
        c.statusReason = reason;
        c.decidedAt = now;
        announce(c);
        failIfNoneRegistered(election, now);
        return view(c, caller, election);
    }

    /** R-N8: a registered candidate is deregistered by the TEC on a court decision, until voting day. */
    @Transactional
    public CandidateResponse deregister(UUID id, DeregistrationRequest request, Caller caller) {
        Candidate c = candidate(id);
        Election election = lockForDistrictCommission(c, caller);
        Instant now = clock.instant();
        Instant votingDayStarts = election.votingDay.atStartOfDay(config.timeZone()).toInstant();
        if (!election.status.open() || !now.isBefore(votingDayStarts)) {
            throw ProblemException.rule("DEREGISTRATION_CLOSED", "R-N8", "deregistration is possible until voting day "
                    + election.votingDay + (election.status.open() ? "" : "; the election is " + election.status));
        }
        requireStatus(c, CandidateStatus.REGISTERED);
        c.status = CandidateStatus.DEREGISTERED;
        c.statusReason = request.reason();
        c.decisionRef = request.decisionRef();
        c.decidedAt = now;
        announce(c);
        failIfNoneRegistered(election, now);
        return view(c, caller, election);
    }

    /** R-N8: once registration has closed, an election with no registered candidate left fails. */
    void failIfNoneRegistered(Election election, Instant now) {
        if (election.registrationCloseSettled && election.status.open()
                && Candidate.count("electionId = ?1 and status = ?2", election.id, CandidateStatus.REGISTERED) == 0) {
            elections.failForNoCandidates(election);
        }
    }

    /** The final list announced when registration closes (R-N7). */
    List<CandidateEvent> registered(Election election) {
        List<CandidateEvent> list = new ArrayList<>();
        for (Candidate c : Candidate.<Candidate>list("electionId = ?1 and status = ?2", Sort.by("nominatedAt").and("id"),
                election.id, CandidateStatus.REGISTERED)) {
            list.add(CandidateEvent.of(c, config.timeZone()));
        }
        return list;
    }

    private void announce(Candidate c) {
        outbox.publish(CandidateEvent.TOPIC, CandidateEvent.type(c.status), c.electionId.toString(),
                CandidateEvent.of(c, config.timeZone()));
    }

    private static Candidate candidate(UUID id) {
        return Candidate.<Candidate>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("candidate " + id));
    }

    private static void requireStatus(Candidate c, CandidateStatus... allowed) {
        for (CandidateStatus s : allowed) {
            if (c.status == s) {
                return;
            }
        }
        throw ProblemException.conflict("CANDIDATE_STATE", "the candidate is " + c.status);
    }

    /** The commissions see every nominee and the full IIN (api.md). */
    private static boolean seesNominees(Caller caller, Election election) {
        return caller.actsFor("tec", "district", election.districtCode);
    }

    private CandidateResponse view(Candidate c, Caller caller, Election election) {
        return CandidateResponse.of(c, seesNominees(caller, election), config.timeZone(), languages.current());
    }
}
