package kz.saylau.ballot.precinct;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import kz.saylau.ballot.election.Election;

class PrecinctRulesTest {

    static Election pollsOpenAt(String instant) {
        Election e = new Election();
        e.pollsOpen = Instant.parse(instant);
        return e;
    }

    @Test
    void R_T2_aClosedPrecinctKeepsTheElectionsItTookPartInAndNoneAfter() {
        Precinct p = new Precinct();
        Election y2021 = pollsOpenAt("2021-07-25T02:00:00Z");
        Election y2025 = pollsOpenAt("2025-07-27T02:00:00Z");
        assertTrue(p.takesPartIn(y2021));
        assertTrue(p.takesPartIn(y2025));
        p.closedAt = Instant.parse("2024-03-01T06:00:00Z");
        assertTrue(p.takesPartIn(y2021), "a correction of 2021 still comes from it");
        assertFalse(p.takesPartIn(y2025));
        p.closedAt = y2025.pollsOpen;
        assertFalse(p.takesPartIn(y2025), "closed at the instant the polls open: not part of it");
    }
}
