package kz.saylau.ballot.precinct;


import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.platform.web.ListPage;
import kz.saylau.platform.web.PageOf;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.web.Where;
import kz.saylau.platform.web.ServiceSettings;
import kz.saylau.platform.messaging.Outbox;
import kz.saylau.platform.territory.KnownUnit;
import kz.saylau.platform.territory.KnownUnits;

/** Registers precincts (all or none for a batch) and their voters; every change is an event (R-T2). */
@ApplicationScoped
public class PrecinctService {

    @Inject
    KnownUnits units;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    ElectionClock clock;

    @Inject
    ServiceSettings config;

    @Transactional
    public List<PrecinctResponse> register(List<PrecinctRequest> requests, Caller caller) {
        Set<String> codes = new HashSet<>();
        Set<String> existing = new HashSet<>(em.createQuery("select p.code from Precinct p where p.code in :codes", String.class)
                .setParameter("codes", requests.stream().map(PrecinctRequest::code).toList()).getResultList());
        List<PrecinctResponse> created = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            PrecinctRequest r = requests.get(i);
            try {
                KnownUnit unit = units.find(r.unitCode()).orElseThrow(() -> ProblemException.rule("UNIT_UNKNOWN", "R-T2",
                        "unit " + r.unitCode() + " is known neither here nor in candidate-service"));
                caller.requireScope("tec", "district", unit.districtCode);
                if (!"RURAL".equals(unit.level)) {
                    throw ProblemException.rule("PRECINCT_UNIT_NOT_RURAL", "R-T2",
                            "a precinct belongs to a RURAL unit; " + unit.code + " is a " + unit.level);
                }
                if (!codes.add(r.code()) || existing.contains(r.code())) {
                    throw ProblemException.conflict("PRECINCT_EXISTS", "precinct " + r.code() + " exists already");
                }
                Precinct p = new Precinct();
                p.code = r.code();
                p.unitCode = unit.code;
                p.districtCode = unit.districtCode;
                p.regionCode = unit.regionCode;
                p.name = r.name();
                p.address = r.address();
                p.votersOnList = r.votersOnList();
                p.createdAt = Instant.now();
                p.updatedAt = p.createdAt;
                p.persist();
                PrecinctResponse view = PrecinctResponse.of(p, config.timeZone());
                outbox.publish(PrecinctResponse.TOPIC, PrecinctResponse.REGISTERED, p.code, view);
                created.add(view);
            } catch (ProblemException e) {
                if (requests.size() == 1) {
                    throw e;
                }
                throw new ProblemException(e.status(), e.code(), "precinct #" + i + " (" + r.code() + "): " + e.getMessage());
            }
        }
        return created;
    }

    /** The voters on the list until the polls open (R-T2); the name and address at any time. One event for the change. */
    @Transactional
    public PrecinctResponse update(String code, PrecinctUpdate update, Caller caller) {
        Precinct p = lockOpen(code, caller);
        if (update.votersOnList() != null) {
            requirePollsNotOpened(p);
            p.votersOnList = update.votersOnList();
        }
        if (update.name() != null) {
            p.name = update.name();
        }
        if (update.address() != null) {
            p.address = update.address().isBlank() ? null : update.address();
        }
        p.updatedAt = Instant.now();
        PrecinctResponse view = PrecinctResponse.of(p, config.timeZone());
        outbox.publish(PrecinctResponse.TOPIC, PrecinctResponse.UPDATED, p.code, view);
        return view;
    }

    /**
     * R-T2: the TEC closes a precinct before any election of its unit opens its polls; from then on it is not part of
     * the elections to come (no turnout, tokens or protocol; not in the unit's electorate nor its precincts to report).
     */
    @Transactional
    public PrecinctResponse close(String code, ClosureRequest request, Caller caller) {
        Precinct p = lockOpen(code, caller);
        requirePollsNotOpened(p);
        p.closedAt = clock.instant();
        p.closureReason = request.reason();
        p.updatedAt = Instant.now();
        PrecinctResponse view = PrecinctResponse.of(p, config.timeZone());
        outbox.publish(PrecinctResponse.TOPIC, PrecinctResponse.CLOSED, p.code, view);
        return view;
    }

    /** The precinct to change, row-locked: 404, 403 for a TEC of another district, 409 PRECINCT_CLOSED once closed. */
    private Precinct lockOpen(String code, Caller caller) {
        Precinct p = em.find(Precinct.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw ProblemException.notFound("precinct " + code);
        }
        caller.requireScope("tec", "district", p.districtCode);
        if (p.closedAt != null) {
            throw ProblemException.conflict("PRECINCT_CLOSED", "precinct " + p.code + " is closed: " + p.closureReason);
        }
        return p;
    }

    private void requirePollsNotOpened(Precinct p) {
        long opened = ((Number) em.createNativeQuery("""
                select count(*) from election
                where unit_code = ?1 and not cancelled and not certified and not failed and polls_open <= ?2""")
                .setParameter(1, p.unitCode).setParameter(2, clock.instant()).getSingleResult()).longValue();
        if (opened > 0) {
            throw ProblemException.rule("POLLS_OPENED", "R-T2", "the polls of an election of unit " + p.unitCode
                    + " have opened; the list is what the protocol reports now");
        }
    }

    public PrecinctResponse get(String code) {
        return Precinct.<Precinct>findByIdOptional(code).map(p -> PrecinctResponse.of(p, config.timeZone()))
                .orElseThrow(() -> ProblemException.notFound("precinct " + code));
    }

    public PageOf<PrecinctResponse> list(String unit, String district, ListPage page) {
        Where where = new Where().equal("unitCode", unit).equal("districtCode", district);
        return PageOf.of(Precinct.<Precinct>find(where.query(), Sort.by("code"), where.parameters()), page,
                p -> PrecinctResponse.of(p, config.timeZone()));
    }
}
