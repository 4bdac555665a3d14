package kz.saylau.system;

import static io.restassured.RestAssured.given;
import static kz.saylau.system.SystemUnderTest.GATEWAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The documents the one Swagger UI shows (the gateway's and each service's, all through gateway routes) hold every
 * path and method of api.md, the public contract (docs/contract/api.md; extra endpoints are fine).
 */
class ApiContractIT {

    private static final Pattern CALL = Pattern.compile("`(GET|POST|PUT|PATCH|DELETE) ((?:/api|\\.\\.\\.)/[^`\\s?]*)");

    /** "METHOD /path" of api.md with every path parameter written {} (names differ between documents). */
    static Set<String> contract() throws IOException {
        Set<String> calls = new TreeSet<>();
        for (String line : java.nio.file.Files.readString(SystemUnderTest.root().resolve("docs/contract/api.md")).split("\n")) {
            Matcher m = CALL.matcher(line);
            String previous = null;
            while (m.find()) {
                String path = m.group(2);
                if (path.startsWith("...")) {
                    // ".../x" in a row continues the path before it: the same call's parent
                    path = previous.substring(0, previous.lastIndexOf('/')) + path.substring(3);
                }
                previous = path;
                calls.add(m.group(1) + " " + normalized(path));
            }
        }
        return calls;
    }

    static String normalized(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    static Set<String> served() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> calls = new TreeSet<>();
        for (String document : List.of("/q/openapi?format=json", "/openapi/candidate", "/openapi/ballot", "/openapi/results")) {
            String body = given().baseUri(GATEWAY).get(document).then().statusCode(200).extract().asString();
            JsonNode paths = json.readTree(body).path("paths");
            for (Iterator<String> it = paths.fieldNames(); it.hasNext();) {
                String path = it.next();
                for (Iterator<String> methods = paths.get(path).fieldNames(); methods.hasNext();) {
                    String method = methods.next().toUpperCase();
                    if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        calls.add(method + " " + normalized(path));
                    }
                }
            }
        }
        return calls;
    }

    @Test
    void everyCallOfApiMdIsInTheServedDocuments() throws IOException {
        Set<String> contract = contract();
        // the parser itself: api.md has about fifty calls, the continued ".../" one among them
        assertTrue(contract.size() >= 45, "api.md read as " + contract);
        assertTrue(contract.contains("GET /api/elections/{}/precincts/{}/protocol"), contract.toString());
        Set<String> served = served();
        List<String> missing = new ArrayList<>();
        for (String call : contract) {
            if (!served.contains(call)) {
                missing.add(call);
            }
        }
        assertEquals(List.of(), missing, "calls of api.md that no served OpenAPI document has");
    }

    @Test
    void operationsDocumentTheirErrorCodesAsProblemsWithExamples() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode candidate = json.readTree(given().baseUri(GATEWAY).get("/openapi/candidate").asString());
        JsonNode responses = candidate.path("paths").path("/api/elections").path("post").path("responses");
        assertTrue(responses.path("422").path("description").asText().contains("ELECTION_UNIT_NOT_RURAL, ELECTION_TOO_SOON"),
                responses.toString());
        assertTrue(responses.path("409").path("description").asText().contains("ELECTION_ALREADY_CALLED"), responses.toString());
        JsonNode problem = responses.path("422").path("content").path("application/problem+json");
        assertEquals("#/components/schemas/Problem", problem.path("schema").path("$ref").asText());
        assertEquals("ELECTION_UNIT_NOT_RURAL", problem.path("examples").path("ELECTION_UNIT_NOT_RURAL").path("value").path("code").asText());
        assertTrue(responses.has("400") && responses.has("401") && responses.has("403") && responses.has("429"), responses.toString());
        // every service's document has them, the gateway's too
        for (String document : List.of("/openapi/ballot", "/openapi/results", "/q/openapi?format=json")) {
            JsonNode doc = json.readTree(given().baseUri(GATEWAY).get(document).asString());
            assertTrue(doc.path("components").path("schemas").has("Problem"), document);
        }
        JsonNode ballot = json.readTree(given().baseUri(GATEWAY).get("/openapi/ballot").asString());
        assertTrue(ballot.path("paths").path("/api/elections/{electionId}/precincts/{code}/protocol").path("post").path("responses")
                .path("401").path("description").asText().contains("SIGNATURE_INVALID"));
    }

    /** Issue 20 #14: named tags with a description; every operation under one of them, with a summary and an example. */
    @Test
    void everyOperationHasANamedTagASummaryAndAnExample() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> wrong = new ArrayList<>();
        for (String document : List.of("/q/openapi?format=json", "/openapi/candidate", "/openapi/ballot", "/openapi/results")) {
            JsonNode doc = json.readTree(given().baseUri(GATEWAY).get(document).asString());
            Set<String> tags = new TreeSet<>();
            doc.path("tags").forEach(t -> {
                tags.add(t.path("name").asText());
                if (t.path("description").asText().isBlank() || t.path("name").asText().endsWith("Resource")) {
                    wrong.add(document + ": tag " + t.path("name").asText() + " is not named and described");
                }
            });
            doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                String name = document + " " + op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode o = op.getValue();
                if (o.path("tags").size() != 1 || !tags.contains(o.path("tags").get(0).asText())) {
                    wrong.add(name + ": tags " + o.path("tags"));
                }
                if (o.path("summary").asText().length() < 10) {
                    wrong.add(name + ": summary '" + o.path("summary").asText() + "'");
                }
                boolean exemplified = o.path("requestBody").path("content").findValue("example") != null;
                for (JsonNode parameter : o.path("parameters")) {
                    exemplified |= parameter.has("example");
                }
                boolean nothingToShow = o.path("requestBody").isMissingNode() && o.path("parameters").isEmpty();
                if (!exemplified && !nothingToShow) {
                    wrong.add(name + ": no example");
                }
            }));
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    /** The check every call of the suite passes through (OpenApiConformance) finds what it is there to find. */
    @Test
    void theConformanceCheckRefusesAnUndeclaredStatusAWrongBodyAndAnUnknownCall() {
        io.restassured.response.Response teapot = new io.restassured.builder.ResponseBuilder().setStatusCode(418)
                .setStatusLine("HTTP/1.1 418").setContentType("application/json").setBody("{}").build();
        assertTrue(!OpenApiConformance.INSTANCE.check("get", "/api/units/U1", teapot).isEmpty(), "418 is declared nowhere");
        io.restassured.response.Response wrongBody = new io.restassured.builder.ResponseBuilder().setStatusCode(200)
                .setStatusLine("HTTP/1.1 200").setContentType("application/json").setBody("{\"code\":5,\"level\":\"PLANET\"}").build();
        assertTrue(OpenApiConformance.INSTANCE.check("get", "/api/units/U1", wrongBody).toString().contains("level"),
                OpenApiConformance.INSTANCE.check("get", "/api/units/U1", wrongBody).toString());
        io.restassured.response.Response unit = new io.restassured.builder.ResponseBuilder().setStatusCode(200)
                .setStatusLine("HTTP/1.1 200").setContentType("application/json")
                .setBody("{\"code\":\"U1\",\"name\":\"Ақсу\",\"level\":\"RURAL\",\"parentCode\":\"D1\",\"districtCode\":\"D1\","
                        + "\"regionCode\":null,\"electorate\":1200}").build();
        assertEquals(List.of(), OpenApiConformance.INSTANCE.check("get", "/api/units/U1", unit));
        assertTrue(!OpenApiConformance.INSTANCE.check("get", "/api/nowhere", unit).isEmpty(), "a call no document has");
    }

    @Test
    void protectedOperationsNameTheirRolesInTheDocuments() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode candidate = json.readTree(given().baseUri(GATEWAY).get("/openapi/candidate").asString());
        JsonNode units = candidate.path("paths").path("/api/units").path("post");
        assertTrue(units.path("security").toString().contains("cec"), "POST /api/units documents its role: " + units);
        assertTrue(units.path("responses").has("401") && units.path("responses").has("403"), units.toString());
    }
}
