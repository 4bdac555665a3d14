package kz.saylau.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Issue 20 #14: every answer the system tests get through the gateway is one its served OpenAPI documents declare.
 * Registered for every RestAssured call of the suite (SystemUnderTest), it finds the call's operation in the
 * documents the Swagger UI shows (the gateway's and each service's), and fails the call when the status is not one
 * the operation lists, when the answer's media type is not listed for that status, or when a JSON body does not
 * match the declared schema (JSON Schema 2020-12, the dialect of OpenAPI 3.1). A path no document has may only be
 * 404 or 405. So the documents are tested by everything the suite does, not by a list kept beside them.
 */
final class OpenApiConformance implements Filter {

    static final OpenApiConformance INSTANCE = new OpenApiConformance();

    private static final List<String> DOCUMENTS = List.of("/q/openapi?format=json", "/openapi/candidate", "/openapi/ballot",
            "/openapi/results");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** One operation of a document, with the pattern its path template matches. */
    private record Operation(String document, String method, String template, Pattern path, int literals, JsonNode node,
            JsonNode components) {
    }

    private volatile List<Operation> operations;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    /** How many answers were checked, per "METHOD template status" (printed by the suite's last check). */
    final Map<String, Integer> checked = new ConcurrentHashMap<>();

    /**
     * {@code -Dopenapi.conformance=report}: every mismatch of the run written to target/openapi-mismatches.txt
     * instead of failing its call (to see them all at once while fixing the documents).
     */
    private static final boolean REPORT = "report".equals(System.getProperty("openapi.conformance"));
    private static final Set<String> REPORTED = new java.util.concurrent.ConcurrentSkipListSet<>();

    private OpenApiConformance() {
    }

    private static synchronized void report(String mismatch) {
        if (REPORTED.add(mismatch)) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi-mismatches.txt"), mismatch + "\n",
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private String operationOf(String method, String path) {
        Operation operation = operation(method.toLowerCase(Locale.ROOT), path);
        return operation == null ? path : operation.template();
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        URI uri = URI.create(request.getURI());
        if (!SystemUnderTest.GATEWAY.equals(uri.getScheme() + "://" + uri.getAuthority())) {
            return answer; // a service's own port (the suite's insider checks): not the public contract
        }
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        if (Set.of("head", "options").contains(method) || DOCUMENTS.stream().anyMatch(d -> d.startsWith(uri.getPath()))) {
            return answer;
        }
        List<String> wrong = check(method, uri.getRawPath(), answer);
        if (!wrong.isEmpty() && REPORT) {
            wrong.forEach(w -> report(request.getMethod() + " " + operationOf(request.getMethod(), uri.getRawPath())
                    + " " + answer.statusCode() + ": " + w));
        } else if (!wrong.isEmpty()) {
            throw new AssertionError("the answer to " + request.getMethod() + " " + uri.getRawPath()
                    + " is not what the served OpenAPI documents declare:\n  " + String.join("\n  ", wrong)
                    + "\n  body: " + abbreviated(answer.asString()));
        }
        return answer;
    }

    List<String> check(String method, String path, Response answer) {
        int status = answer.statusCode();
        Operation operation = operation(method, path);
        List<String> wrong = new ArrayList<>();
        if (operation == null) {
            if (status != 404 && status != 405) {
                wrong.add("no document has " + method.toUpperCase(Locale.ROOT) + " " + path + ", yet it answered " + status);
            }
            return wrong;
        }
        checked.merge(method.toUpperCase(Locale.ROOT) + " " + operation.template() + " " + status, 1, Integer::sum);
        JsonNode responses = operation.node().path("responses");
        JsonNode declared = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status))
                : responses.path("default");
        if (declared.isMissingNode()) {
            wrong.add(operation.document() + ": status " + status + " is not declared (declared: "
                    + fieldNames(responses) + ")");
            return wrong;
        }
        byte[] body = answer.asByteArray();
        if (body.length == 0 || status == 304 || status == 204) {
            return wrong;
        }
        String type = answer.contentType() == null ? "" : answer.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode content = declared.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            wrong.add(operation.document() + ": status " + status + " declares no body, yet one of " + type + " came");
            return wrong;
        }
        String mediaType = mediaType(content, type);
        if (mediaType == null) {
            wrong.add(operation.document() + ": status " + status + " declares " + fieldNames(content) + ", not " + type);
            return wrong;
        }
        JsonNode schema = content.path(mediaType).path("schema");
        if (!schema.isMissingNode() && (type.equals("application/json") || type.endsWith("+json"))) {
            String key = operation.document() + " " + method + " " + operation.template() + " " + status + " " + mediaType;
            JsonSchema validator = schemas.computeIfAbsent(key, k -> {
                ObjectNode wrapper = JSON.createObjectNode();
                wrapper.set("components", operation.components());
                wrapper.set("allOf", JSON.createArrayNode().add(schema));
                return SCHEMAS.getSchema(wrapper);
            });
            try {
                Set<ValidationMessage> messages = validator.validate(JSON.readTree(body));
                messages.stream().limit(5).forEach(m -> wrong.add(operation.document() + ": " + m.getMessage()));
            } catch (java.io.IOException e) {
                wrong.add("the body is not JSON: " + e.getMessage());
            }
        }
        return wrong;
    }

    /** The operation of this method whose template matches the path; the most literal one when several do. */
    private Operation operation(String method, String path) {
        Operation best = null;
        for (Operation candidate : operations()) {
            if (candidate.method().equals(method) && candidate.path().matcher(path).matches()
                    && (best == null || candidate.literals() > best.literals())) {
                best = candidate;
            }
        }
        return best;
    }

    private static String mediaType(JsonNode content, String type) {
        for (Iterator<String> it = content.fieldNames(); it.hasNext();) {
            String declared = it.next();
            String base = declared.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (base.equals(type) || base.equals("*/*")
                    || base.endsWith("/*") && type.startsWith(base.substring(0, base.length() - 1))) {
                return declared;
            }
        }
        return null;
    }

    private List<Operation> operations() {
        if (operations == null) {
            synchronized (this) {
                if (operations == null) {
                    operations = load();
                }
            }
        }
        return operations;
    }

    private static List<Operation> load() {
        List<Operation> all = new ArrayList<>();
        for (String document : DOCUMENTS) {
            try {
                JsonNode doc = JSON.readTree(io.restassured.RestAssured.given().baseUri(SystemUnderTest.GATEWAY).noFilters()
                        .get(document).then().statusCode(200).extract().asString());
                JsonNode components = doc.path("components").isMissingNode() ? JSON.createObjectNode() : doc.path("components");
                doc.path("paths").fields().forEachRemaining(item -> {
                    String template = item.getKey();
                    Pattern pattern = Pattern.compile(
                            Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q").replace("\\Q\\E", ""));
                    int literals = template.replaceAll("\\{[^}]+}", "").length();
                    item.getValue().fields().forEachRemaining(op -> all.add(new Operation(document, op.getKey(), template,
                            pattern, literals, op.getValue(), components)));
                });
            } catch (java.io.IOException e) {
                throw new IllegalStateException("reading " + document, e);
            }
        }
        return all;
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().collect(Collectors.joining(", "));
    }

    private static String abbreviated(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }
}
