package kz.saylau.ballot.territory;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import kz.saylau.platform.territory.KnownUnit;
import kz.saylau.platform.territory.KnownUnits;
import kz.saylau.platform.web.ProblemException;

/**
 * A unit ballot-service has not heard of yet ({@link KnownUnits} keeps those it has), from candidate-service's public
 * {@code GET /api/units/{code}} (api.md precincts); the answer is remembered. The look-up is made before the
 * request's transaction, so no database connection waits on another service.
 */
@ApplicationScoped
public class UnitDirectory {

    @Inject
    @RestClient
    CandidateUnits candidate;

    @Inject
    KnownUnits known;

    /**
     * Asks candidate-service for each of these units not known here yet, once per code, outside any transaction, and
     * remembers each it knows; 503 UNAVAILABLE when candidate-service does not answer (then no precinct is written;
     * units learned before the failure are kept, as they are true).
     */
    @Transactional(Transactional.TxType.NEVER)
    public void learn(Collection<String> codes) {
        Set<String> unknown = new LinkedHashSet<>(codes);
        unknown.remove(null);
        if (unknown.isEmpty()) {
            return;
        }
        unknown.removeAll(QuarkusTransaction.requiringNew().call(() -> known.known(unknown)));
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
            KnownUnit learned;
            try {
                learned = KnownUnits.unit(unit);
            } catch (IllegalArgumentException e) {
                throw new ProblemException(503, "UNAVAILABLE", "candidate-service answered something that is not a unit");
            }
            QuarkusTransaction.requiringNew().run(() -> known.remember(learned));
        }
    }
}
