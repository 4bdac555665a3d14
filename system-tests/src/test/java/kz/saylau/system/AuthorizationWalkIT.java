package kz.saylau.system;

import static io.restassured.RestAssured.given;
import static kz.saylau.system.SystemUnderTest.GATEWAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.specification.RequestSpecification;

/**
 * Walks every endpoint of api.md (and the extra ones) with no token, a forged token, each role inside its scope, and
 * each scoped role outside it, and checks the status each caller gets: 401 without a valid token, 403 for a role or
 * scope that does not allow the call, and anything but 401/403 for a caller that may make it (the body of such a call
 * is chosen so that it is refused later, by a rule or a conflict, or changes nothing that matters). One row per
 * endpoint × caller; every mismatch is listed at the end.
 */
class AuthorizationWalkIT {

    enum Caller { NONE, FORGED, CEC, TEC, TEC_OTHER, PRECINCT, PRECINCT_OTHER, AKIM, AKIM_OTHER, PARTY, PARTY_OTHER, OBSERVER, TRUSTEE, TRUSTEE_OTHER }

    /** What a caller must get: an answer (not 401/403), or that refusal. */
    enum Expect { ANSWER, UNAUTHENTICATED, FORBIDDEN }

    record Call(String method, String path, String contentType, byte[] body, Map<Caller, Expect> expect) {
    }

    static ElectionFixture f;
    static final Map<Caller, String> TOKENS = new EnumMap<>(Caller.class);

    @BeforeAll
    static void oneAccountPerCaller() throws Exception {
        f = new ElectionFixture();
        TOKENS.put(Caller.CEC, f.cec);
        TOKENS.put(Caller.TEC, f.tec);
        TOKENS.put(Caller.TEC_OTHER, f.account("tec", Map.of("district", "WZ" + f.run)));
        TOKENS.put(Caller.PRECINCT, f.account("precinct", Map.of("precinct", f.precinct)));
        TOKENS.put(Caller.PRECINCT_OTHER, f.account("precinct", Map.of("precinct", "WQ" + f.run)));
        TOKENS.put(Caller.AKIM, f.account("district-akim", Map.of("district", f.district)));
        TOKENS.put(Caller.AKIM_OTHER, f.account("district-akim", Map.of("district", "WZ" + f.run)));
        TOKENS.put(Caller.PARTY, f.account("party", Map.of("party", f.party)));
        TOKENS.put(Caller.PARTY_OTHER, f.account("party", Map.of("party", "WY" + f.run)));
        TOKENS.put(Caller.OBSERVER, f.account("observer", Map.of()));
        TOKENS.put(Caller.TRUSTEE, f.account("trustee", Map.of("district", f.district)));
        TOKENS.put(Caller.TRUSTEE_OTHER, f.account("trustee", Map.of("district", "WZ" + f.run)));
        TOKENS.put(Caller.FORGED, forgedCecToken());
        // a precinct of the unit for the closure row: the first caller who may closes it, the others get 409
        given().baseUri(GATEWAY).header("Authorization", f.tec).contentType("application/json")
                .body(json(Map.of("code", "FS" + f.run, "unitCode", f.unit, "name", "Мектеп 2", "votersOnList", 10)))
                .post("/api/precincts").then().statusCode(201);
    }

    /** A token that claims cec, signed with a key the system never issued. */
    static String forgedCecToken() throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        var pair = keys.generateKeyPair();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = System.currentTimeMillis() / 1000;
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"https://saylau.kz/gateway\",\"sub\":\"mallory\",\"upn\":\"mallory\","
                + "\"groups\":[\"cec\"],\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}").getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(pair.getPrivate());
        rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return "Bearer " + header + "." + claims + "." + b64.encodeToString(rsa.sign());
    }

    static String json(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everyone may call it: no token, any token (a forged one is refused only where a token is needed). */
    static Call open(String method, String path, Object body) {
        Map<Caller, Expect> e = new EnumMap<>(Caller.class);
        for (Caller c : Caller.values()) {
            e.put(c, Expect.ANSWER);
        }
        e.remove(Caller.FORGED);
        return call(method, path, body, e);
    }

    /** Only the listed callers; no token or a forged one is 401, every other role 403. */
    static Call only(String method, String path, Object body, Caller... allowed) {
        Set<Caller> may = allowed.length == 0 ? EnumSet.noneOf(Caller.class) : EnumSet.copyOf(List.of(allowed));
        Map<Caller, Expect> e = new EnumMap<>(Caller.class);
        for (Caller c : Caller.values()) {
            e.put(c, c == Caller.NONE || c == Caller.FORGED ? Expect.UNAUTHENTICATED
                    : may.contains(c) ? Expect.ANSWER : Expect.FORBIDDEN);
        }
        return call(method, path, body, e);
    }

    /** Any account with a valid token. */
    static Call authenticated(String method, String path, Object body) {
        Map<Caller, Expect> e = new EnumMap<>(Caller.class);
        for (Caller c : Caller.values()) {
            e.put(c, c == Caller.NONE || c == Caller.FORGED ? Expect.UNAUTHENTICATED : Expect.ANSWER);
        }
        return call(method, path, body, e);
    }

    static Call call(String method, String path, Object body, Map<Caller, Expect> expect) {
        if (body instanceof byte[] image) {
            return new Call(method, path, "image/png", image, expect);
        }
        return new Call(method, path, "application/json", body == null ? null : json(body).getBytes(StandardCharsets.UTF_8), expect);
    }

    static List<Call> table() {
        String e = "/api/elections/" + f.election;
        String p = e + "/precincts/" + f.precinct;
        String none = "/api/elections/" + UUID.randomUUID();
        Map<String, Object> protocol = Map.of("votersOnList", 1000, "ballotsReceived", 1000, "ballotsIssued", 700,
                "ballotsCancelled", 300, "ballotsInBox", 700, "invalidBallots", 8, "againstAll", 92,
                "votes", List.of(Map.of("candidateId", f.candidate, "votes", 600)));
        Map<String, Object> correction = new java.util.HashMap<>(protocol);
        correction.putAll(Map.of("supersedesVersion", 1, "reason", "recount", "decisionRef", "TEC 1/1"));
        byte[] png = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        List<Call> rows = new ArrayList<>();
        // gateway
        rows.add(open("POST", "/api/auth/token", Map.of("username", "cec", "password", SystemUnderTest.ADMIN_PASSWORD)));
        // sign-out needs no bearer token, whoever calls (the refresh call is the same, but its refusal of an unknown
        // token is itself a 401: RefreshTokenTest attacks it)
        rows.add(open("POST", "/api/auth/revocation", Map.of("refresh_token", "walk-" + f.run)));
        rows.add(only("POST", "/api/auth/accounts", Map.of(), Caller.CEC));
        // not a key: the commissions that may enrol get ballot-service's 400, a TEC elsewhere its 403; no account made
        rows.add(only("POST", "/api/auth/devices", Map.of("precinctCode", f.precinct, "publicKey", "AAAA"), Caller.CEC, Caller.TEC));
        rows.add(only("GET", "/api/auth/accounts", null, Caller.CEC));
        rows.add(only("PATCH", "/api/auth/accounts/no-such-account-" + f.run, Map.of("enabled", true), Caller.CEC));
        rows.add(authenticated("GET", "/api/auth/me", null));
        rows.add(open("GET", "/api/labels", null));
        // a wrong old password: every account reaches the check (422) and no password changes
        rows.add(authenticated("PUT", "/api/auth/me/password", Map.of("oldPassword", "not-the-password",
                "newPassword", "another-long-password")));
        rows.add(authenticated("GET", "/api/admin/clock", null));
        rows.add(only("PUT", "/api/admin/clock", Map.of("now", "2000-01-01T00:00:00+05:00"), Caller.CEC));
        rows.add(only("GET", "/api/audit?size=1", null, Caller.CEC, Caller.OBSERVER));
        rows.add(only("GET", "/api/audit/verification", null, Caller.CEC, Caller.OBSERVER));
        // candidate-service
        rows.add(only("POST", "/api/units", Map.of(), Caller.CEC));
        rows.add(open("GET", "/api/units?level=RURAL&parent=" + f.district, null));
        rows.add(open("GET", "/api/units/" + f.unit, null));
        // the same name again: the cec gets 409 UNIT_UNCHANGED; the unit's election is open: its closure is 409 ELECTION_OPEN
        rows.add(only("PATCH", "/api/units/" + f.unit, Map.of("name", "Қатаркөл ауылдық округі", "reason", "walk"), Caller.CEC));
        rows.add(only("POST", "/api/units/" + f.unit + "/closure", Map.of("reason", "walk"), Caller.CEC));
        rows.add(only("POST", "/api/parties", Map.of(), Caller.CEC));
        rows.add(open("GET", "/api/parties", null));
        rows.add(open("GET", "/api/parties/" + f.party, null));
        // the party is not suspended: the cec gets 409 PARTY_UNCHANGED and nothing changes
        rows.add(only("PATCH", "/api/parties/" + f.party, Map.of("suspended", false, "reason", "walk"), Caller.CEC));
        // the unit has an open election already: allowed callers get 409, never a second election
        rows.add(only("POST", "/api/elections", Map.of("unitCode", f.unit, "kind", "REGULAR", "votingDay", f.votingDay.toString()),
                Caller.CEC, Caller.TEC));
        rows.add(open("GET", "/api/elections?district=" + f.district, null));
        rows.add(open("GET", e, null));
        rows.add(only("POST", none + "/cancellation", Map.of("reason", "walk"), Caller.CEC));
        rows.add(only("PATCH", none, Map.of("votingDay", "2030-01-06", "reason", "walk"), Caller.CEC));
        // the same person again: allowed callers reach a rule or 409 ALREADY_NOMINATED, never a second candidate
        rows.add(only("POST", e + "/nominations", f.nomination("PARTY", f.party), Caller.CEC, Caller.TEC, Caller.PARTY));
        rows.add(only("POST", e + "/nominations", f.nomination("SELF", null), Caller.CEC, Caller.TEC));
        rows.add(only("POST", e + "/nominations", f.nomination("DISTRICT_AKIM", null), Caller.CEC, Caller.AKIM));
        rows.add(open("GET", e + "/candidates", null));
        rows.add(open("GET", "/api/candidates/" + f.candidate, null));
        rows.add(only("POST", "/api/candidates/" + f.candidate + "/decision", Map.of("decision", "REGISTER", "reason", "walk"),
                Caller.CEC, Caller.TEC));
        rows.add(only("POST", "/api/candidates/" + f.candidate + "/withdrawal", Map.of("reason", "walk"),
                Caller.CEC, Caller.TEC, Caller.PARTY));
        rows.add(only("POST", "/api/candidates/" + f.candidate + "/deregistration", Map.of("reason", "walk", "decisionRef", "TEC 2/2"),
                Caller.CEC, Caller.TEC));
        // ballot-service
        rows.add(only("POST", "/api/precincts", Map.of("code", f.precinct, "unitCode", f.unit, "name", "Мектеп", "votersOnList", 1000),
                Caller.CEC, Caller.TEC));
        rows.add(open("GET", "/api/precincts?unit=" + f.unit, null));
        rows.add(open("GET", "/api/precincts/" + f.precinct, null));
        rows.add(only("PATCH", "/api/precincts/" + f.precinct, Map.of("votersOnList", 1000), Caller.CEC, Caller.TEC));
        rows.add(only("POST", "/api/precincts/FS" + f.run + "/closure", Map.of("reason", "walk"), Caller.CEC, Caller.TEC));
        rows.add(only("PUT", "/api/precincts/" + f.precinct + "/device-key", Map.of("publicKey", "AAAA"),
                Caller.CEC, Caller.TEC, Caller.PRECINCT));
        rows.add(open("GET", "/api/precincts/" + f.precinct + "/device-key", null));
        rows.add(open("GET", e + "/ballot", null));
        rows.add(only("POST", p + "/turnout", Map.of("asOf", "2030-01-01T10:00:00+05:00", "ballotsIssued", 1),
                Caller.CEC, Caller.PRECINCT));
        rows.add(only("POST", p + "/protocol", protocol, Caller.CEC, Caller.PRECINCT));
        rows.add(only("POST", p + "/protocol/corrections", correction, Caller.CEC, Caller.TEC));
        rows.add(open("GET", e + "/protocols", null));
        rows.add(open("GET", p + "/protocol", null));
        rows.add(only("PUT", p + "/protocol/1/image", png, Caller.CEC, Caller.PRECINCT, Caller.TEC));
        rows.add(open("GET", p + "/protocol/1/image", null));
        rows.add(open("GET", e + "/trackers", null));
        rows.add(only("POST", p + "/ballot-tokens", Map.of("iin", f.candidateIin), Caller.CEC, Caller.PRECINCT));
        rows.add(open("POST", e + "/votes", Map.of("token", "no-such-token", "optionId", UUID.randomUUID().toString())));
        rows.add(open("GET", "/api/receipts/no-such-receipt", null));
        // issue 16: no trustees are named for the walk's election; a threshold of 0 names none (422 TRUSTEES_INVALID)
        rows.add(only("PUT", e + "/trustees", Map.of("threshold", 0, "trustees", List.of("walk")), Caller.CEC, Caller.TEC));
        // a trustee of the district reaches the lookup of the seat (404), of another district not
        rows.add(only("PUT", e + "/trustees/1/key", Map.of("commitments", List.of(), "proofs", List.of()), Caller.TRUSTEE));
        rows.add(only("PUT", e + "/trustees/1/decryption", Map.of("shares", List.of()), Caller.TRUSTEE));
        rows.add(open("GET", e + "/election-key", null));
        rows.add(open("GET", e + "/ebox", null));
        rows.add(open("GET", e + "/ebox/ballots?precinct=" + f.precinct, null));
        rows.add(open("GET", e + "/ebox/ballots/no-such-tracker", null));
        rows.add(open("GET", "/api/exports/protocols.csv?election=" + f.election, null));
        rows.add(open("GET", "/api/exports/protocols.zip?votingDay=" + f.votingDay, null));
        // results-service
        rows.add(open("GET", "/api/results/elections/" + f.election, null));
        rows.add(open("GET", "/api/results/elections/" + f.election + "/precincts?reported=false", null));
        rows.add(open("GET", "/api/results/summary?votingDay=" + f.votingDay, null));
        rows.add(only("POST", "/api/results/elections/" + f.election + "/certification", Map.of(), Caller.CEC, Caller.TEC));
        rows.add(only("POST", "/api/results/elections/" + f.election + "/reopening", Map.of("reason", "walk"), Caller.CEC));
        rows.add(open("GET", "/api/results/elections/" + f.election + "/report?format=nist-1500-100", null));
        rows.add(open("GET", "/api/mandates?unit=" + f.unit, null));
        // no mandate exists in this walk: allowed roles get 404; the scope of a real one is checked in results-service's tests
        rows.add(only("POST", "/api/mandates/" + UUID.randomUUID() + "/termination",
                Map.of("ground", "RESIGNATION", "decisionRef", "walk", "decidedOn", "2020-01-01"),
                Caller.CEC, Caller.TEC, Caller.TEC_OTHER, Caller.AKIM, Caller.AKIM_OTHER));
        rows.add(open("GET", "/api/analytics/nominations?votingDay=" + f.votingDay, null));
        rows.add(open("GET", "/api/analytics/winners?votingDay=" + f.votingDay + "&groupBy=party", null));
        rows.add(open("GET", "/api/results/stream?election=" + f.election, null));
        rows.add(open("GET", "/api/results/changes?since=0", null));
        rows.add(open("GET", "/api/results/anomalies?votingDay=" + f.votingDay, null));
        return rows;
    }

    static int status(Call call, Caller caller) throws Exception {
        if (call.path().startsWith("/api/results/stream")) {
            // an event stream never ends: the status line is all this needs
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + call.path())).timeout(Duration.ofSeconds(10));
            if (TOKENS.containsKey(caller)) {
                request.header("Authorization", TOKENS.get(caller));
            }
            HttpResponse<java.io.InputStream> answer = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            answer.body().close();
            return answer.statusCode();
        }
        RequestSpecification request = given().baseUri(GATEWAY).urlEncodingEnabled(false);
        if (TOKENS.containsKey(caller)) {
            request.header("Authorization", TOKENS.get(caller));
        }
        if (call.body() != null) {
            request.contentType(call.contentType()).body(call.body());
        }
        return request.request(call.method(), call.path()).statusCode();
    }

    /**
     * Issue 20 #12, api.md "Errors": who calls is asked before what was sent. Every call that takes a body, sent a body
     * of a type no call takes, by every caller: no token is 401, a role that may not is 403, and only a caller who may
     * make the call hears 415. A body over the limit without a token is 401 too.
     */
    @Test
    void whoCallsIsAskedBeforeTheTypeAndTheSizeOfTheBody() throws Exception {
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        List<Call> table = table();
        // the roles that may make a call at all (in some scope, for some body): a scope is checked once the body is read
        Map<String, Set<String>> roles = new java.util.HashMap<>();
        for (Call call : table) {
            call.expect().forEach((caller, expect) -> {
                if (expect == Expect.ANSWER) {
                    roles.computeIfAbsent(call.method() + " " + call.path(), k -> new java.util.HashSet<>()).add(role(caller));
                }
            });
        }
        for (Call call : table) {
            if (call.body() == null || call.path().endsWith("/certification")) {
                continue; // certification takes no body: what is sent with it is not read
            }
            Call html = new Call(call.method(), call.path(), "text/html", "<p>walk</p>".getBytes(StandardCharsets.UTF_8),
                    call.expect());
            for (Map.Entry<Caller, Expect> row : call.expect().entrySet()) {
                rows++;
                int status = status(html, row.getKey());
                int expected = switch (row.getValue()) {
                    case ANSWER -> 415;
                    case UNAUTHENTICATED -> 401;
                    // a role that may never make the call is 403 before the body; one whose scope is wrong hears 415 first
                    case FORBIDDEN -> roles.getOrDefault(call.method() + " " + call.path(), Set.of()).contains(role(row.getKey()))
                            ? 415 : 403;
                };
                if (status != expected) {
                    wrong.add(call.method() + " " + call.path() + " as " + row.getKey() + " with text/html: expected "
                            + expected + ", got " + status);
                }
            }
        }
        byte[] huge = ("{\"name\":\"" + "a".repeat(5 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        Call large = new Call("POST", "/api/parties", "application/json", huge, Map.of());
        for (var row : Map.of(Caller.NONE, 401, Caller.FORGED, 401, Caller.CEC, 413).entrySet()) {
            int status = status(large, row.getKey());
            if (status != row.getValue()) {
                wrong.add("POST /api/parties with 5 MB as " + row.getKey() + ": expected " + row.getValue() + ", got " + status);
            }
        }
        System.out.println("order of checks: " + rows + " endpoint × caller rows with a body of the wrong type");
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    /** The role a caller has: TEC and TEC_OTHER are both tec, in different districts. */
    static String role(Caller caller) {
        return caller.name().replace("_OTHER", "");
    }

    @Test
    void everyEndpointAnswersEachCallerAsItsRoleAndScopeAllow() throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> seen = new java.util.TreeMap<>();
        int rows = 0;
        for (Call call : table()) {
            for (Map.Entry<Caller, Expect> row : call.expect().entrySet()) {
                rows++;
                int status = status(call, row.getKey());
                seen.merge(row.getValue() + " " + status, 1, Integer::sum);
                boolean ok = switch (row.getValue()) {
                    case ANSWER -> status != 401 && status != 403 && status < 500;
                    case UNAUTHENTICATED -> status == 401;
                    case FORBIDDEN -> status == 403;
                };
                if (!ok) {
                    wrong.add(call.method() + " " + call.path() + " as " + row.getKey() + ": expected " + row.getValue()
                            + ", got " + status);
                }
            }
        }
        System.out.println("authorization walk: " + rows + " endpoint × caller rows; expected → status: " + seen);
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }
}
