package kz.saylau.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The words of a service's OpenAPI document, kept in one file beside its code ({@code META-INF/openapi-operations.json}):
 * the named tags with their descriptions, and for every operation its tag, a summary and an example (of the request
 * body where it takes one, and of its parameters: the example's fields named like a parameter). The resources stay thin, and the build fails for an operation
 * the file does not describe, so a new call cannot ship undocumented. Runs when the service is built, like
 * {@link ProblemDocs}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OperationDocs implements OASFilter {

    static final String FILE = "META-INF/openapi-operations.json";

    private final JsonNode docs;

    public OperationDocs() {
        this.docs = read();
    }

    private static JsonNode read() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(FILE)) {
            return in == null ? null : new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + FILE, e);
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (docs == null || api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        List<org.eclipse.microprofile.openapi.models.tags.Tag> tags = new ArrayList<>();
        docs.path("tags").forEach(t -> tags.add(OASFactory.createTag().name(t.path("name").asText())
                .description(t.path("description").asText())));
        api.setTags(tags);
        List<String> undocumented = new ArrayList<>();
        Map<String, JsonNode> operations = new TreeMap<>();
        docs.path("operations").fields().forEachRemaining(e -> operations.put(e.getKey(), e.getValue()));
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            String key = method.name() + " " + path;
            JsonNode doc = operations.remove(key);
            if (doc == null) {
                undocumented.add(key);
                return;
            }
            describe(operation, doc);
        }));
        if (!undocumented.isEmpty() || !operations.isEmpty()) {
            throw new IllegalStateException(FILE + " must describe every operation and only those: undocumented "
                    + undocumented + ", described but absent " + operations.keySet());
        }
    }

    private static void describe(Operation operation, JsonNode doc) {
        operation.setTags(List.of(doc.path("tag").asText()));
        operation.setSummary(doc.path("summary").asText());
        if (doc.has("description")) {
            operation.setDescription(doc.path("description").asText());
        }
        JsonNode example = doc.path("example");
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().getMediaTypes() != null) {
            for (Map.Entry<String, MediaType> type : operation.getRequestBody().getContent().getMediaTypes().entrySet()) {
                JsonNode forType = type.getKey().equals("application/json") ? example : doc.path("examples").path(type.getKey());
                if (!forType.isMissingNode()) {
                    type.getValue().setExample(forType.isTextual() ? forType.asText() : plain(forType));
                }
            }
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> {
                JsonNode value = example.path(p.getName());
                if (!value.isMissingNode()) {
                    p.setExample(value.isTextual() ? value.asText() : plain(value));
                }
            });
        }
    }

    /** A JSON value as the plain maps, lists and values the document model writes out. */
    private static Object plain(JsonNode value) {
        return new ObjectMapper().convertValue(value, Object.class);
    }
}
