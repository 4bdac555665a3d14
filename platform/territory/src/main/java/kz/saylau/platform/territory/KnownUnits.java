package kz.saylau.platform.territory;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kz.saylau.platform.messaging.EventReader;
import kz.saylau.platform.messaging.IncomingEvent;

/**
 * The units this service knows: from {@code saylau.unit.created.v1} on {@code saylau.territory} (the service's one
 * consumer hands every event here), or from a look-up the service makes itself ({@link #remember}). Other types on
 * the topic (parties, precincts) are not needed here.
 */
@ApplicationScoped
public class KnownUnits implements EventReader {

    public static final String UNIT_CREATED = "saylau.unit.created.v1";
    public static final String UNIT_CHANGED = "saylau.unit.changed.v1";

    @Override
    public void apply(IncomingEvent event) {
        // R-T3: a unit renamed, moved or closed is the unit as it is now (its history stays in candidate-service)
        if (UNIT_CREATED.equals(event.type()) || UNIT_CHANGED.equals(event.type())) {
            remember(unit(event.data()));
        }
    }

    /** The unit, or empty when this service has not heard of it (read in the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<KnownUnit> find(String code) {
        return KnownUnit.findByIdOptional(code);
    }

    /** Which of these codes are units this service knows (one query, read in the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.List<String> known(java.util.Collection<String> codes) {
        return KnownUnit.getEntityManager().createQuery("select u.code from KnownUnit u where u.code in :codes", String.class)
                .setParameter("codes", codes).getResultList();
    }

    /** A unit as candidate-service writes it (event payload or {@code GET /api/units/{code}}); bad data is refused. */
    public static KnownUnit unit(JsonNode data) {
        KnownUnit unit = new KnownUnit();
        unit.code = required(data, "code");
        unit.name = required(data, "name");
        unit.level = required(data, "level");
        unit.parentCode = data.path("parentCode").asText(null);
        unit.districtCode = data.path("districtCode").asText(null);
        unit.regionCode = required(data, "regionCode");
        unit.learnedAt = Instant.now();
        return unit;
    }

    /**
     * Stores a unit whether the event or a look-up learned it first: an upsert, so the two never collide on the key
     * (a collision would fail a request or stop the consumer).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(KnownUnit unit) {
        KnownUnit.getEntityManager().createNativeQuery("""
                insert into known_unit (code, name, level, parent_code, district_code, region_code, learned_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (code) do update set name = excluded.name, level = excluded.level,
                    parent_code = excluded.parent_code, district_code = excluded.district_code,
                    region_code = excluded.region_code""")
                .setParameter(1, unit.code).setParameter(2, unit.name).setParameter(3, unit.level)
                .setParameter(4, unit.parentCode).setParameter(5, unit.districtCode).setParameter(6, unit.regionCode)
                .setParameter(7, unit.learnedAt).executeUpdate();
    }

    private static String required(JsonNode data, String field) {
        String value = data.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(UNIT_CREATED + " without " + field);
        }
        return value;
    }
}
