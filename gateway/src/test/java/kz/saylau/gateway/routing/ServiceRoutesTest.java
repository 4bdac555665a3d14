package kz.saylau.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import kz.saylau.gateway.routing.ServiceRoutes.Service;

/** Every path family of api.md goes to the service that owns it. */
class ServiceRoutesTest {

    private static Optional<Service> owner(String path) {
        return ServiceRoutes.owner(path);
    }

    @Test
    void candidateServiceOwnsTerritoryPartiesElectionsCandidates() {
        for (String path : new String[] { "/api/units", "/api/units/U1", "/api/parties", "/api/elections",
                "/api/elections/e1", "/api/elections/e1/nominations", "/api/elections/e1/candidates",
                "/api/elections/e1/cancellation", "/api/candidates/c1/decision" }) {
            assertEquals(Optional.of(Service.CANDIDATE), owner(path), path);
        }
    }

    @Test
    void ballotServiceOwnsPrecinctsBallotsProtocolsVotesReceiptsAndTheElectronicBox() {
        for (String path : new String[] { "/api/precincts", "/api/precincts/P1", "/api/elections/e1/ballot",
                "/api/elections/e1/precincts/P1/turnout", "/api/elections/e1/precincts/P1/protocol/corrections",
                "/api/elections/e1/protocols", "/api/elections/e1/trackers", "/api/elections/e1/votes",
                "/api/receipts/abc", "/api/exports/protocols.zip", "/api/elections/e1/trustees/2/decryption",
                "/api/elections/e1/election-key", "/api/elections/e1/ebox/ballots/t1" }) {
            assertEquals(Optional.of(Service.BALLOT), owner(path), path);
        }
    }

    @Test
    void resultsServiceOwnsResultsMandatesAnalytics() {
        for (String path : new String[] { "/api/results/elections/e1", "/api/results/stream", "/api/results/changes",
                "/api/mandates", "/api/mandates/m1/termination", "/api/analytics/nominations" }) {
            assertEquals(Optional.of(Service.RESULTS), owner(path), path);
        }
    }

    @Test
    void gatewayPathsAndUnknownPathsGoNowhere() {
        for (String path : new String[] { "/api/auth/token", "/api/admin/clock", "/api/unitsx", "/api/nothing", "/q/health" }) {
            assertEquals(Optional.empty(), owner(path), path);
        }
    }
}
