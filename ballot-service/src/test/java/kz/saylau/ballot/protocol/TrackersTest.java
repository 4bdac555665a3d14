package kz.saylau.ballot.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.saylau.platform.web.Hashes;

class TrackersTest {

    static final String E = "8fb4fba4-e613-4616-93ef-3c24e79bde81";
    // "a..." sorts before "B..." only as lowercase strings; UUID.compareTo would order them otherwise
    static final String HIGH = "f0000000-0000-4000-8000-000000000000";
    static final String LOW = "0f8fad5b-d9cb-469f-a165-70867728950e";

    final Trackers.Figures figures = new Trackers.Figures(1000, 1000, 700, 300, 698, 8, 10,
            List.of(new Trackers.Vote(HIGH, 200), new Trackers.Vote(LOW, 480)));

    @Test
    void R_X1_trackerIsTheSha256OfThePreviousTrackerAndTheCanonicalJson() {
        String canonical = "{\"againstAll\":10,\"ballotsCancelled\":300,\"ballotsInBox\":698,\"ballotsIssued\":700,"
                + "\"ballotsReceived\":1000,\"decisionRef\":null,\"electionId\":\"" + E + "\",\"imageSha256\":null,"
                + "\"invalidBallots\":8,\"precinctCode\":\"PC-1\",\"reason\":null,\"version\":1,\"votersOnList\":1000,"
                + "\"votes\":[{\"candidateId\":\"" + LOW + "\",\"votes\":480},{\"candidateId\":\"" + HIGH + "\",\"votes\":200}]}";
        assertEquals(Hashes.sha256(canonical), Trackers.tracker("", E, "PC-1", 1, figures, null, null, null));
    }

    @Test
    void R_X1_aCorrectionChainsToThePreviousTrackerAndCarriesItsReason() {
        String v1 = Trackers.tracker("", E, "PC-1", 1, figures, null, null, null);
        String v2 = Trackers.tracker(v1, E, "PC-1", 2, figures, null, "recount ordered by the TEC", "TEC decision 7/2");
        String canonical = "{\"againstAll\":10,\"ballotsCancelled\":300,\"ballotsInBox\":698,\"ballotsIssued\":700,"
                + "\"ballotsReceived\":1000,\"decisionRef\":\"TEC decision 7/2\",\"electionId\":\"" + E + "\",\"imageSha256\":null,"
                + "\"invalidBallots\":8,\"precinctCode\":\"PC-1\",\"reason\":\"recount ordered by the TEC\",\"version\":2,"
                + "\"votersOnList\":1000,\"votes\":[{\"candidateId\":\"" + LOW + "\",\"votes\":480},{\"candidateId\":\""
                + HIGH + "\",\"votes\":200}]}";
        assertEquals(Hashes.sha256(v1 + canonical), v2);
        assertNotEquals(Trackers.tracker("", E, "PC-1", 2, figures, null, "recount ordered by the TEC", "TEC decision 7/2"), v2);
    }

    @Test
    void R_X1_canonicalJsonEscapesOnlyWhatRfc8785Escapes() {
        assertEquals("\"Қ\\\"\\\\\\n\\u0001/\"", Trackers.canonical("Қ\"\\\n\u0001/"));
    }
}
