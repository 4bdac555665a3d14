package kz.saylau.candidate.party;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import kz.saylau.candidate.election.CalendarView;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.platform.messaging.Outbox;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.web.ServiceSettings;

/** Registers, renames and suspends parties (each version kept, each change announced on {@code saylau.territory}). */
@ApplicationScoped
public class PartyService {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    ElectionClock clock;

    @Inject
    ServiceSettings config;

    @Transactional
    public PartyResponse register(PartyRequest request, Caller caller) {
        if (Party.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.conflict("PARTY_EXISTS", "party " + request.code() + " exists already");
        }
        Party party = new Party();
        party.code = request.code();
        party.name = request.name();
        party.registeredAt = Instant.now();
        party.persist();
        // a concurrent registration of the same code fails on the primary key here, inside the transaction
        em.flush();
        version(party, "registered", caller, clock.instant());
        PartyResponse registered = PartyResponse.of(party);
        outbox.publish(PartyResponse.TOPIC, PartyResponse.TYPE, party.code, registered);
        return registered;
    }

    /**
     * R-N9: the CEC renames a party, suspends it or lifts its suspension. The version in force ends now (election
     * clock) and the new one begins; candidates keep the name they were nominated under.
     */
    @Transactional
    public PartyResponse change(String code, PartyChange change, Caller caller) {
        Party party = em.find(Party.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (party == null) {
            throw ProblemException.notFound("party " + code);
        }
        PartyRules.requireChange(party.name, party.suspended, change);
        if (change.name() != null) {
            party.name = change.name();
        }
        if (change.suspended() != null) {
            party.suspended = change.suspended();
        }
        Instant now = clock.instant();
        em.createQuery("update PartyVersion v set v.validTo = :now where v.partyCode = :code and v.validTo is null")
                .setParameter("now", now).setParameter("code", code).executeUpdate();
        version(party, change.reason(), caller, now);
        PartyResponse changed = PartyResponse.of(party);
        outbox.publish(PartyResponse.TOPIC, PartyResponse.CHANGED, party.code, changed);
        return get(code);
    }

    /** A version of the party as it is now, valid from {@code from} (the instant the one before it ended). */
    private void version(Party party, String reason, Caller caller, Instant from) {
        PartyVersion v = new PartyVersion();
        v.id = UUID.randomUUID();
        v.partyCode = party.code;
        v.name = party.name;
        v.suspended = party.suspended;
        v.validFrom = from;
        v.reason = reason;
        v.changedBy = caller.name();
        v.persist();
    }

    public List<PartyResponse> list() {
        return Party.<Party>listAll(Sort.by("code")).stream().map(PartyResponse::of).toList();
    }

    /** The party with every version of it, oldest first. */
    public PartyResponse get(String code) {
        Party party = Party.<Party>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("party " + code));
        List<PartyResponse.Version> history = PartyVersion.<PartyVersion>list("partyCode", Sort.by("validFrom").and("id"), code)
                .stream().map(v -> new PartyResponse.Version(v.name, v.suspended, CalendarView.format(v.validFrom, config.timeZone()),
                        v.validTo == null ? null : CalendarView.format(v.validTo, config.timeZone()), v.reason))
                .toList();
        return new PartyResponse(party.code, party.name, party.suspended, history);
    }

    public Party find(String code) {
        return Party.<Party>findByIdOptional(code).orElse(null);
    }
}
