package kz.saylau.ballot.territory;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import kz.saylau.platform.web.ProblemException;

/**
 * The units ballot-service knows: from {@code saylau.unit.created.v1}, or, for one it has not heard of yet, from
 * candidate-service's public {@code GET /api/units/{code}} (api.md precincts). The answer is remembered. The look-up
 * is made before the request's transaction ({@link #learn}), so no database connection waits on another service.
 */
@ApplicationScoped
public class UnitDirectory {

    @Inject
    @RestClient
    CandidateUnits candidate;

    /** The unit, or empty when neither this service nor candidate-service knows it (read in the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<KnownUnit> find(String code) {
        return KnownUnit.findByIdOptional(code);
    }

    /**
     * Asks candidate-service for each of these units not known here yet, once per code, outside any transaction, and
     * remembers each it knows; 503 UNAVAILABLE when candidate-service does not answer (nothing is written then).
     */
    @Transactional(Transactional.TxType.NEVER)
    public void learn(Collection<String> codes) {
        Set<String> unknown = new LinkedHashSet<>(codes);
        unknown.remove(null);
        if (unknown.isEmpty()) {
            return;
        }
        unknown.removeAll(QuarkusTransaction.requiringNew().call(() -> KnownUnit.getEntityManager()
                .createQuery("select u.code from KnownUnit u where u.code in :codes", String.class)
                .setParameter("codes", unknown).getResultList()));
        for (String code : unknown) {
            JsonNode unit;
            try {
                unit = candidate.unit(code);
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == 404) {
                    continue; // unknown there too: the request is refused with UNIT_UNKNOWN
                }
                throw new ProblemException(503, "UNAVAILABLE", "candidate-service answered " + e.getResponse().getStatus());
            } catch (RuntimeException e) {
                // not reached, timed out, or an answer that is not a unit
                throw new ProblemException(503, "UNAVAILABLE", "candidate-service does not answer; nothing was written");
            }
            KnownUnit learned = new KnownUnit();
            learned.code = unit.path("code").asText();
            learned.name = unit.path("name").asText();
            learned.level = unit.path("level").asText();
            learned.parentCode = unit.path("parentCode").asText(null);
            learned.districtCode = unit.path("districtCode").asText(null);
            learned.regionCode = unit.path("regionCode").asText();
            learned.learnedAt = Instant.now();
            QuarkusTransaction.requiringNew().run(() -> remember(learned));
        }
    }

    /**
     * Stores a unit whether the event or the lookup learned it first: an upsert, so the two never collide on the key
     * (a collision would fail a precinct request or stop the consumer).
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
}
