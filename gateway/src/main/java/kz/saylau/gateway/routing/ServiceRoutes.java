package kz.saylau.gateway.routing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which service owns a public path (api.md). The gateway holds no election logic: this table is all it knows.
 * Paths the gateway answers itself ({@code /api/auth}, {@code /api/admin}) are not in it.
 */
public final class ServiceRoutes {

    public enum Service {
        CANDIDATE, BALLOT, RESULTS
    }

    private record Rule(Pattern path, Service service) {
    }

    private static final List<Rule> RULES = List.of(
            // ballot-service's paths under an election come before candidate-service's /api/elections
            new Rule(Pattern.compile("^/api/elections/[^/]+/(ballot|precincts|protocols|trackers|votes|trustees|election-key|ebox)(/.*)?$"), Service.BALLOT),
            new Rule(Pattern.compile("^/api/(precincts|receipts|exports)(/.*)?$"), Service.BALLOT),
            new Rule(Pattern.compile("^/api/(results|mandates|analytics)(/.*)?$"), Service.RESULTS),
            new Rule(Pattern.compile("^/api/(units|parties|elections|candidates)(/.*)?$"), Service.CANDIDATE));

    /** The writes anyone may make, without a token (api.md): signing in and casting an electronic vote. */
    private static final Pattern OPEN_WRITES = Pattern.compile("^/api/(auth/(token|refresh|revocation)|elections/[^/]+/votes)$");

    private ServiceRoutes() {
    }

    /** True for a write that needs no token; every other write is refused without one, by its service. */
    public static boolean isOpenWrite(String path) {
        return OPEN_WRITES.matcher(path).matches();
    }

    /** The owning service of a request path (without its query), if any. */
    public static Optional<Service> owner(String path) {
        for (Rule rule : RULES) {
            if (rule.path().matcher(path).matches()) {
                return Optional.of(rule.service());
            }
        }
        return Optional.empty();
    }
}
