package kz.saylau.system;

import static io.restassured.RestAssured.given;
import static kz.saylau.system.SystemUnderTest.GATEWAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every write endpoint gets hostile and broken bodies, as cec (who may call them all, so nothing is refused for its
 * role): malformed JSON, wrong types, missing fields, huge strings and numbers, negative numbers, unknown enum values,
 * SQL and script fragments, deep nesting, a wrong content type. Each must be a 4xx application/problem+json with a
 * code, and afterwards everything the fixture can see is exactly as before.
 */
class BadInputIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String INJECTION = "1' OR '1'='1'; DROP TABLE unit; --<script>alert(1)</script>";

    /** A write endpoint: a valid body to start from, which of its fields are enums, and which are identifiers or formats. */
    record Write(String method, String path, Map<String, Object> valid, Set<String> enums, Set<String> identifiers) {
    }

    record Variant(String name, String contentType, String body) {
    }

    static List<Write> writes(ElectionFixture f) {
        String e = "/api/elections/" + f.election;
        String p = e + "/precincts/" + f.precinct;
        Map<String, Object> protocol = new LinkedHashMap<>(Map.of("votersOnList", 1000, "ballotsReceived", 1000,
                "ballotsIssued", 700, "ballotsCancelled", 300, "ballotsInBox", 700, "invalidBallots", 8, "againstAll", 92,
                "votes", List.of(Map.of("candidateId", f.candidate, "votes", 600))));
        Map<String, Object> correction = new LinkedHashMap<>(protocol);
        correction.putAll(Map.of("supersedesVersion", 1, "reason", "recount", "decisionRef", "TEC 1/1"));
        List<Write> w = new ArrayList<>();
        w.add(new Write("POST", "/api/auth/token", Map.of("username", "cec", "password", "not-the-password"), Set.of(), Set.of("username")));
        w.add(new Write("POST", "/api/auth/refresh", Map.of("refresh_token", "not-a-token"), Set.of(), Set.of("refresh_token")));
        w.add(new Write("POST", "/api/auth/accounts", Map.of("username", "bad-" + f.run, "password", "a-long-password",
                "roles", List.of("observer"), "scope", Map.of()), Set.of("roles"), Set.of("username")));
        // not an Ed25519 key: even the valid shape enrols nothing
        w.add(new Write("POST", "/api/auth/devices", Map.of("precinctCode", f.precinct, "publicKey", "bm90IGEga2V5"), Set.of(),
                Set.of("precinctCode")));
        w.add(new Write("PATCH", "/api/auth/accounts/no-such-" + f.run, Map.of("enabled", true), Set.of(), Set.of()));
        // the cec's own password, with a wrong old one: every variant is refused and the password stays
        w.add(new Write("PUT", "/api/auth/me/password", Map.of("oldPassword", "not-the-password",
                "newPassword", "another-long-password"), Set.of(), Set.of()));
        w.add(new Write("PUT", "/api/admin/clock", Map.of("now", "2000-01-01T00:00:00+05:00"), Set.of(), Set.of("now")));
        w.add(new Write("POST", "/api/units", Map.of("code", "BU" + f.run, "name", "Жаңа ауыл", "level", "RURAL",
                "parentCode", f.district), Set.of("level"), Set.of("code", "parentCode")));
        // the unit's election is open and the name is its own: even the valid bodies change nothing
        w.add(new Write("PATCH", "/api/units/" + f.unit, Map.of("name", "Қатаркөл ауылдық округі", "reason", "bad input"),
                Set.of(), Set.of()));
        w.add(new Write("POST", "/api/units/" + f.unit + "/closure", Map.of("reason", "bad input"), Set.of(), Set.of()));
        w.add(new Write("POST", "/api/parties", Map.of("code", "BP" + f.run, "name", "Жаңа партия"), Set.of(), Set.of("code")));
        // the party is not suspended: even the valid body is 409 PARTY_UNCHANGED
        w.add(new Write("PATCH", "/api/parties/" + f.party, Map.of("suspended", false, "reason", "bad input"), Set.of(), Set.of()));
        w.add(new Write("POST", "/api/elections", Map.of("unitCode", f.unit, "kind", "REGULAR", "votingDay", f.votingDay.toString()),
                Set.of("kind"), Set.of("unitCode", "votingDay")));
        // nomination has opened for the fixture's election: even the valid body moves nothing (R-C5)
        w.add(new Write("PATCH", e, Map.of("votingDay", f.votingDay.plusDays(7).toString(), "reason", "bad input"),
                Set.of(), Set.of("votingDay")));
        Map<String, Object> nomination = f.nomination("SELF", null);
        nomination.put("signatures", 500);
        w.add(new Write("POST", e + "/nominations", nomination, Set.of("gender", "nominatedBy"), Set.of("iin", "birthDate")));
        w.add(new Write("POST", "/api/candidates/" + f.candidate + "/decision", Map.of("decision", "REFUSE", "reason", "bad input"),
                Set.of("decision"), Set.of()));
        w.add(new Write("POST", "/api/candidates/" + f.candidate + "/withdrawal", Map.of("reason", "bad input"), Set.of(), Set.of()));
        w.add(new Write("POST", "/api/candidates/" + f.candidate + "/deregistration", Map.of("reason", "bad input",
                "decisionRef", "TEC 9/9"), Set.of(), Set.of()));
        w.add(new Write("POST", "/api/precincts", Map.of("code", "BQ" + f.run, "unitCode", f.unit, "name", "Мектеп",
                "votersOnList", 500), Set.of(), Set.of("code", "unitCode")));
        w.add(new Write("PATCH", "/api/precincts/" + f.precinct, Map.of("votersOnList", 900), Set.of(), Set.of()));
        w.add(new Write("PUT", "/api/precincts/" + f.precinct + "/device-key", Map.of("publicKey",
                "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE="), Set.of(), Set.of("publicKey")));
        w.add(new Write("POST", p + "/turnout", Map.of("asOf", "2030-01-01T10:00:00+05:00", "ballotsIssued", 10), Set.of(),
                Set.of("asOf")));
        w.add(new Write("POST", p + "/protocol", protocol, Set.of(), Set.of()));
        w.add(new Write("POST", p + "/protocol/corrections", correction, Set.of(), Set.of()));
        w.add(new Write("POST", p + "/ballot-tokens", Map.of("iin", f.candidateIin), Set.of(), Set.of("iin")));
        w.add(new Write("POST", e + "/votes", Map.of("token", "no-such-token", "optionId", UUID.randomUUID().toString()),
                Set.of(), Set.of("token", "optionId")));
        w.add(new Write("POST", "/api/results/elections/" + f.election + "/certification", Map.of(), Set.of(), Set.of()));
        w.add(new Write("POST", "/api/results/elections/" + f.election + "/reopening", Map.of("reason", "bad input"), Set.of(), Set.of()));
        w.add(new Write("POST", "/api/mandates/" + UUID.randomUUID() + "/termination", Map.of("ground", "RESIGNATION",
                "decisionRef", "X", "decidedOn", "2020-01-01"), Set.of("ground"), Set.of("decidedOn")));
        // no variant is a valid closure: the fixture's precinct stays open (checked with everything else afterwards)
        w.add(new Write("POST", "/api/precincts/" + f.precinct + "/closure", Map.of("reason", "bad input"), Set.of(), Set.of()));
        // last: a cancellation that went through would end the fixture's election
        w.add(new Write("POST", e + "/cancellation", Map.of("reason", "bad input"), Set.of(), Set.of()));
        return w;
    }

    static List<Variant> variants(Write w) {
        ObjectNode valid = JSON.valueToTree(w.valid());
        List<Variant> v = new ArrayList<>();
        v.add(new Variant("malformed JSON", "application/json", "{\"" + (valid.fieldNames().hasNext() ? valid.fieldNames().next() : "a") + "\": "));
        v.add(new Variant("not an object", "application/json", "\"just a string\""));
        if (!w.valid().isEmpty()) {
            v.add(new Variant("missing fields", "application/json", "{}"));
            v.add(new Variant("null body", "application/json", "null"));
            v.add(new Variant("wrong types", "application/json", mutate(valid, BadInputIT::wrongType, true).toString()));
            v.add(new Variant("huge strings", "application/json", mutate(valid,
                    n -> n.isTextual() ? NODES.textNode("Ә".repeat(100_000)) : n, false).toString()));
            v.add(new Variant("huge numbers", "application/json", mutate(valid,
                    n -> n.isNumber() ? NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")) : n, false).toString()));
            v.add(new Variant("negative numbers", "application/json", mutate(valid, n -> n.isNumber() ? NODES.numberNode(-5) : n, false)
                    .toString()));
            if (!w.enums().isEmpty()) {
                ObjectNode unknown = valid.deepCopy();
                w.enums().forEach(field -> unknown.set(field, unknown.get(field).isArray()
                        ? NODES.arrayNode().add("WIZARD") : NODES.textNode("WIZARD")));
                v.add(new Variant("unknown enum value", "application/json", unknown.toString()));
            }
            if (!w.identifiers().isEmpty()) {
                ObjectNode injected = valid.deepCopy();
                w.identifiers().forEach(field -> injected.put(field, INJECTION));
                v.add(new Variant("SQL and script in identifiers", "application/json", injected.toString()));
            }
        }
        // a variant that left the body as it was (no numbers to make huge, say) is not bad input
        v.removeIf(variant -> variant.body().equals(valid.toString()));
        v.add(new Variant("deep nesting", "application/json", "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
        v.add(new Variant("wrong content type", "application/xml", "<protocol><votes>1</votes></protocol>"));
        v.add(new Variant("no content type", null, valid.toString()));
        return v;
    }

    static JsonNode wrongType(JsonNode n) {
        if (n.isTextual()) {
            return NODES.numberNode(12345);
        }
        if (n.isNumber()) {
            return NODES.textNode("many");
        }
        if (n.isBoolean()) {
            return NODES.textNode("yes");
        }
        if (n.isArray()) {
            return NODES.textNode("not a list");
        }
        return NODES.numberNode(5);
    }

    /** Each top-level field (and each field of objects in arrays) replaced by {@code how}. */
    static ObjectNode mutate(ObjectNode valid, UnaryOperator<JsonNode> how, boolean topLevelOnly) {
        ObjectNode copy = valid.deepCopy();
        valid.fieldNames().forEachRemaining(field -> {
            JsonNode value = copy.get(field);
            if (!topLevelOnly && value.isArray()) {
                ArrayNode changed = NODES.arrayNode();
                value.forEach(item -> changed.add(item.isObject() ? mutate((ObjectNode) item, how, false) : how.apply(item)));
                copy.set(field, changed);
            } else if (!topLevelOnly && value.isObject()) {
                copy.set(field, mutate((ObjectNode) value, how, false));
            } else {
                copy.set(field, how.apply(value));
            }
        });
        return copy;
    }

    /** What the fixture's owner can see of its own territory, election, candidate and precinct. */
    static String visibleState(ElectionFixture f) {
        StringBuilder state = new StringBuilder();
        for (String path : List.of("/api/units?parent=" + f.district, "/api/units/" + f.unit, "/api/parties",
                "/api/elections?district=" + f.district, "/api/elections/" + f.election + "/candidates",
                "/api/candidates/" + f.candidate, "/api/precincts?unit=" + f.unit, "/api/precincts/" + f.precinct,
                "/api/precincts/" + f.precinct + "/device-key", "/api/elections/" + f.election + "/protocols",
                "/api/results/elections/" + f.election, "/api/mandates?unit=" + f.unit, "/api/auth/accounts?size=500")) {
            Response r = given().baseUri(GATEWAY).header("Authorization", f.cec).get(path);
            state.append(path).append(" → ").append(r.statusCode()).append(' ')
                    // the result's sequence moves with any election in the system, not with this one
                    .append(r.asString().replaceAll("\"sequence\":\\d+", "")).append('\n');
        }
        return state.toString();
    }

    @Test
    void everyWriteEndpointRefusesBadInputWithAProblemAndChangesNothing() throws Exception {
        ElectionFixture f = new ElectionFixture();
        // the fixture's own events have been handled: the unit counts the precinct's voters, results-service has the
        // election with its precinct; then what the fixture sees is read twice alike before the sweep starts
        org.awaitility.Awaitility.await("the fixture's events handled").atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(250)).untilAsserted(() -> {
                    given().baseUri(GATEWAY).get("/api/units/" + f.unit).then().statusCode(200)
                            .body("electorate", org.hamcrest.Matchers.equalTo(1000));
                    given().baseUri(GATEWAY).get("/api/results/elections/" + f.election).then().statusCode(200)
                            .body("precinctsTotal", org.hamcrest.Matchers.equalTo(1));
                });
        String[] seen = { visibleState(f) };
        org.awaitility.Awaitility.await("what the fixture sees is settled").atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(500)).until(() -> {
                    String now = visibleState(f);
                    boolean same = now.equals(seen[0]);
                    seen[0] = now;
                    return same;
                });
        String before = seen[0];
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Write w : writes(f)) {
            for (Variant v : variants(w)) {
                RequestSpecification request = given().baseUri(GATEWAY).header("Authorization", f.cec)
                        .header("Idempotency-Key", UUID.randomUUID().toString());
                if (v.contentType() != null) {
                    request.contentType(v.contentType() + "; charset=UTF-8");
                }
                Response r = request.body(v.body().getBytes(StandardCharsets.UTF_8)).request(w.method(), w.path());
                sent++;
                String type = r.contentType() == null ? "" : r.contentType();
                String code = type.startsWith("application/problem+json") ? r.jsonPath().getString("code") : null;
                if (r.statusCode() < 400 || r.statusCode() >= 500 || code == null || code.isBlank()) {
                    wrong.add(w.method() + " " + w.path() + " with " + v.name() + ": " + r.statusCode() + " " + type + " "
                            + abbreviated(r.asString()));
                }
            }
        }
        System.out.println("bad input: " + sent + " requests to " + writes(f).size() + " write endpoints");
        assertEquals(List.of(), wrong, String.join("\n", wrong));
        assertEquals(before, visibleState(f), "bad input changed what the fixture sees");
    }

    static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
