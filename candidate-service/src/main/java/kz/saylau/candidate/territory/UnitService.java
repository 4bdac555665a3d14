package kz.saylau.candidate.territory;


import kz.saylau.platform.web.Where;
import kz.saylau.platform.web.PageOf;
import kz.saylau.platform.web.ListPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.messaging.Outbox;

/** Creates and reads units; every creation is announced through the outbox. */
@ApplicationScoped
public class UnitService {

    @Inject
    Outbox outbox;

    @Inject
    kz.saylau.platform.clock.ElectionClock clock;

    @Inject
    kz.saylau.platform.web.ServiceSettings config;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<UnitRenamed> renames;

    /**
     * Creates the units in the order given, all or none: a parent may come earlier in the same batch.
     * A failing unit names its position in a batch.
     */
    @Transactional
    public List<UnitResponse> create(List<UnitRequest> requests) {
        // two queries for the whole batch instead of several per unit: a country loads in one request
        List<String> codes = requests.stream().map(UnitRequest::code).toList();
        Set<String> existing = new HashSet<>(Unit.getEntityManager()
                .createQuery("select u.code from Unit u where u.code in :codes", String.class)
                .setParameter("codes", codes).getResultList());
        Map<String, Long> electorates = new HashMap<>();
        for (Object[] row : Unit.getEntityManager().createQuery(
                "select p.unitCode, sum(p.votersOnList) from PrecinctElectorate p where p.unitCode in :codes group by p.unitCode",
                Object[].class).setParameter("codes", codes).getResultList()) {
            electorates.put((String) row[0], ((Number) row[1]).longValue());
        }
        Map<String, Unit> batch = new HashMap<>();
        List<UnitResponse> created = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            UnitRequest request = requests.get(i);
            try {
                if (batch.containsKey(request.code()) || existing.contains(request.code())) {
                    throw ProblemException.conflict("UNIT_EXISTS", "unit " + request.code() + " exists already");
                }
                Unit unit = create(request, batch, electorates.getOrDefault(request.code(), 0L));
                batch.put(unit.code, unit);
                created.add(UnitResponse.of(unit, config.timeZone(), null));
            } catch (ProblemException e) {
                if (requests.size() == 1) {
                    throw e;
                }
                throw new ProblemException(e.status(), e.code(), "unit #" + i + " (" + request.code() + "): " + e.getMessage());
            }
        }
        return created;
    }

    private Unit create(UnitRequest request, Map<String, Unit> batch, long electorate) {
        Unit parent = request.parentCode() == null ? null
                : Optional.ofNullable(batch.get(request.parentCode()))
                        .orElseGet(() -> Unit.<Unit>findByIdOptional(request.parentCode()).orElse(null));
        UnitRules.checkParent(request.level(), request.parentCode(), parent == null ? null : parent.level);

        Unit unit = new Unit();
        unit.code = request.code();
        unit.name = request.name();
        unit.nameRu = request.nameRu();
        unit.level = request.level();
        unit.parentCode = request.parentCode();
        unit.regionCode = switch (request.level()) {
            case REGION -> unit.code;
            case DISTRICT -> parent.code;
            case RURAL -> parent.regionCode;
        };
        unit.districtCode = switch (request.level()) {
            case REGION -> null;
            case DISTRICT -> unit.code;
            case RURAL -> parent.code;
        };
        unit.createdAt = Instant.now();
        // precinct events may have arrived before the unit (events.md: consumers tolerate that)
        unit.electorate = electorate;
        unit.persist();
        version(unit, "registered", null, unit.createdAt);
        outbox.publish(UnitCreated.TOPIC, UnitCreated.TYPE, unit.code, UnitCreated.of(unit));
        return unit;
    }

    /**
     * R-T3: the CEC renames a unit or moves it under another parent (R-T1 as at creation). A move is refused while
     * an election of the unit, or of a unit under it, is open (its TEC and its district would change under it); a
     * renaming is not, and reaches the elections whose polls have not closed ({@link UnitRenamed}). The version in
     * force ends now (election clock) and the new one begins; a district's rural units move with it, each with a
     * version of its own.
     */
    @Transactional
    public UnitResponse change(String code, UnitChange change, kz.saylau.platform.web.Caller caller) {
        Unit unit = lockOpen(code);
        UnitRules.requireChange(unit, change);
        boolean renamed = UnitRules.renames(unit, change);
        boolean moves = UnitRules.moves(unit, change);
        if (moves) {
            Unit parent = em.find(Unit.class, change.parentCode());
            UnitRules.checkParent(unit.level, change.parentCode(), parent == null ? null : parent.level);
            UnitRules.requireOpen(change.parentCode(), parent.closedAt, "UNIT_CLOSED");
            requireNoOpenElection(unit, "moved");
            unit.parentCode = parent.code;
            if (unit.level == UnitLevel.DISTRICT) {
                unit.regionCode = parent.code;
            } else {
                unit.districtCode = parent.code;
                unit.regionCode = parent.regionCode;
            }
        }
        if (change.name() != null) {
            unit.name = change.name();
        }
        if (change.nameRu() != null) {
            unit.nameRu = change.nameRu();
        }
        java.time.Instant now = clock.instant();
        supersede(unit, change.reason(), caller.name(), now);
        if (renamed) {
            renames.fire(new UnitRenamed(unit.code));
        }
        if (moves && unit.level == UnitLevel.DISTRICT) {
            for (Unit rural : Unit.<Unit>list("parentCode", unit.code)) {
                rural.regionCode = unit.regionCode;
                supersede(rural, "its district " + unit.code + " moved: " + change.reason(), caller.name(), now);
            }
        }
        return get(code);
    }

    /** R-T3: a closed unit takes no new election; refused while one of it (or below it) is open, or it has open units below it. */
    @Transactional
    public UnitResponse close(String code, UnitClosure closure, kz.saylau.platform.web.Caller caller) {
        Unit unit = lockOpen(code);
        if (Unit.count("parentCode = ?1 and closedAt is null", code) > 0) {
            throw ProblemException.conflict("UNIT_IN_USE", "unit " + code + " has open units under it; close or move them first");
        }
        requireNoOpenElection(unit, "closed");
        unit.closedAt = clock.instant();
        unit.closureReason = closure.reason();
        outbox.publish(UnitCreated.TOPIC, UnitCreated.CHANGED, unit.code, UnitCreated.of(unit));
        return get(code);
    }

    /** The unit to change, row-locked: 404, or 409 UNIT_CLOSED once closed. */
    private Unit lockOpen(String code) {
        Unit unit = em.find(Unit.class, code, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (unit == null) {
            throw ProblemException.notFound("unit " + code);
        }
        UnitRules.requireOpen(code, unit.closedAt, "UNIT_CLOSED");
        return unit;
    }

    private void requireNoOpenElection(Unit unit, String what) {
        long open = ((Number) em.createNativeQuery("""
                select count(*) from election e join unit u on u.code = e.unit_code
                where e.status = 'OPEN' and (u.code = ?1 or u.district_code = ?1 or u.region_code = ?1)""")
                .setParameter(1, unit.code).getSingleResult()).longValue();
        if (open > 0) {
            throw ProblemException.conflict("ELECTION_OPEN", "an election of unit " + unit.code + " or of a unit under it is open; "
                    + "it cannot be " + what + " before that election is decided or cancelled");
        }
    }

    /** The version in force ends at {@code now}, the unit as it is now begins, and the change is announced. */
    private void supersede(Unit unit, String reason, String by, java.time.Instant now) {
        em.createQuery("update UnitVersion v set v.validTo = :now where v.unitCode = :code and v.validTo is null")
                .setParameter("now", now).setParameter("code", unit.code).executeUpdate();
        version(unit, reason, by, now);
        outbox.publish(UnitCreated.TOPIC, UnitCreated.CHANGED, unit.code, UnitCreated.of(unit));
    }

    private void version(Unit unit, String reason, String by, java.time.Instant from) {
        UnitVersion v = new UnitVersion();
        v.id = java.util.UUID.randomUUID();
        v.unitCode = unit.code;
        v.name = unit.name;
        v.nameRu = unit.nameRu;
        v.parentCode = unit.parentCode;
        v.districtCode = unit.districtCode;
        v.regionCode = unit.regionCode;
        v.validFrom = from;
        v.reason = reason;
        v.changedBy = by;
        v.persist();
    }

    /** The unit with every version of it, oldest first. */
    public UnitResponse get(String code) {
        Unit unit = Unit.<Unit>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("unit " + code));
        java.time.ZoneId zone = config.timeZone();
        List<UnitResponse.Version> history = UnitVersion.<UnitVersion>list("unitCode", Sort.by("validFrom").and("id"), code)
                .stream().map(v -> new UnitResponse.Version(v.name, v.nameRu, v.parentCode, v.districtCode, v.regionCode,
                        kz.saylau.candidate.election.CalendarView.format(v.validFrom, zone),
                        v.validTo == null ? null : kz.saylau.candidate.election.CalendarView.format(v.validTo, zone), v.reason))
                .toList();
        return UnitResponse.of(unit, zone, history);
    }

    public PageOf<UnitResponse> list(UnitLevel level, String parent, ListPage page) {
        Where where = new Where().equal("level", level).equal("parentCode", parent);
        return PageOf.of(Unit.<Unit>find(where.query(), Sort.by("code"), where.parameters()), page,
                u -> UnitResponse.of(u, config.timeZone(), null));
    }
}
