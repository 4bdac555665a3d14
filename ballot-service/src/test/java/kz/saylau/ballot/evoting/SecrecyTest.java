package kz.saylau.ballot.evoting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * R-V2: no table links a voter or a check-in to a choice, and ballot rows carry no precise time. Reads the real
 * schema (information_schema) so that a migration adding such a column fails here.
 */
@QuarkusTest
class SecrecyTest {

    @Inject
    EntityManager em;

    Map<String, Map<String, String>> columns() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = current_schema()""").getResultList();
        Map<String, Map<String, String>> tables = new HashMap<>();
        for (Object[] r : rows) {
            tables.computeIfAbsent((String) r[0], t -> new HashMap<>()).put((String) r[1], (String) r[2]);
        }
        return tables;
    }

    @Test
    void R_V2_theElectronicBoxHoldsNoVoterNoCheckInAndNoPreciseTime() {
        Map<String, String> box = columns().get("electronic_ballot");
        assertEquals(Set.of("receipt", "election_id", "precinct_code", "option_id", "recorded_on"), box.keySet());
        assertEquals("date", box.get("recorded_on"));
        box.values().forEach(type -> assertTrue(!type.startsWith("timestamp") && !type.startsWith("time"), type));
    }

    @Test
    void R_V2_noTableHoldsBothAVoterOrTokenAndAChoice() {
        Set<String> voterSide = Set.of("voter_hash", "iin", "token_hash", "token");
        Set<String> choiceSide = Set.of("option_id", "receipt", "candidate_id");
        columns().forEach((table, cols) -> {
            boolean voter = cols.keySet().stream().anyMatch(voterSide::contains);
            boolean choice = cols.keySet().stream().anyMatch(choiceSide::contains);
            assertTrue(!(voter && choice), table + " links a voter or a token to a choice: " + cols.keySet());
        });
        // and nothing stores a plain IIN
        columns().forEach((table, cols) -> assertTrue(!cols.containsKey("iin"), table + " stores an IIN"));
    }

    @Test
    void R_V2_theEboxEventCarriesCountsOnly() {
        Set<String> fields = new java.util.HashSet<>();
        for (var c : EboxCount.EboxClosed.class.getRecordComponents()) {
            fields.add(c.getName());
        }
        for (var c : EboxCount.Count.class.getRecordComponents()) {
            fields.add(c.getName());
        }
        assertEquals(Set.of("electionId", "precinctCode", "counts", "optionId", "kind", "candidateId", "votes"), fields);
    }
}
