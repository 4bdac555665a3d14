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
                created.add(UnitResponse.of(unit));
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
        outbox.publish(UnitCreated.TOPIC, UnitCreated.TYPE, unit.code, UnitCreated.of(unit));
        return unit;
    }

    public UnitResponse get(String code) {
        return Unit.<Unit>findByIdOptional(code).map(UnitResponse::of)
                .orElseThrow(() -> ProblemException.notFound("unit " + code));
    }

    public PageOf<UnitResponse> list(UnitLevel level, String parent, ListPage page) {
        Where where = new Where().equal("level", level).equal("parentCode", parent);
        return PageOf.of(Unit.<Unit>find(where.query(), Sort.by("code"), where.parameters()), page, UnitResponse::of);
    }
}
