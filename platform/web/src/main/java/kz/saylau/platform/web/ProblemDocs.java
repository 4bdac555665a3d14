package kz.saylau.platform.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Puts the error answers of api.md into this service's OpenAPI document: each operation lists the codes it may
 * answer, by status, as application/problem+json with the Problem schema and an example (the roles come from
 * {@code @RolesAllowed}). The call-specific codes are the {@link Problems} of each resource method, in the order
 * api.md checks them.
 * It runs when the service is built, so the document is ready before the service starts (a runtime filter made every
 * start rebuild it: 0.2–0.4 s here).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemDocs implements OASFilter {

    private static final DotName PROBLEMS = DotName.createSimple(Problems.class.getName());
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** "METHOD path" (as the document writes it) → "status CODE", from the {@link Problems} of the resource methods. */
    private final Map<String, List<String>> codes;

    /** Quarkus hands a build-time filter the application's index, where the resource methods are. */
    public ProblemDocs(IndexView index) {
        this.codes = codes(index);
    }

    static Map<String, List<String>> codes(IndexView index) {
        Map<String, List<String>> codes = new HashMap<>();
        for (AnnotationInstance problems : index.getAnnotations(PROBLEMS)) {
            if (problems.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            MethodInfo method = problems.target().asMethod();
            String verb = HTTP_METHODS.stream()
                    .filter(m -> method.hasDeclaredAnnotation(DotName.createSimple("jakarta.ws.rs." + m)))
                    .findFirst().orElseThrow(() -> new IllegalStateException("@Problems on " + method + ", which is no HTTP call"));
            codes.put(verb + " " + path(method.declaringClass().declaredAnnotation(PATH), method.declaredAnnotation(PATH)),
                    List.of(problems.value().asStringArray()));
        }
        return codes;
    }

    /** The class's and the method's {@code @Path} joined as the document writes them: "/a/{id}/b", no regex. */
    static String path(AnnotationInstance type, AnnotationInstance method) {
        String joined = "/" + (type == null ? "" : type.value().asString()) + "/" + (method == null ? "" : method.value().asString());
        joined = joined.replaceAll("\\{\\s*([\\w.-]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static final Map<String, String> TITLES = Map.of("400", "Bad Request", "401", "Unauthorized", "403", "Forbidden",
            "404", "Not Found", "409", "Conflict", "413", "Content Too Large", "415", "Unsupported Media Type",
            "422", "Unprocessable Content", "429", "Too Many Requests", "503", "Service Unavailable");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema("Problem", problem());
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> document(method, path, operation));
        });
    }

    private void document(PathItem.HttpMethod method, String path, Operation operation) {
        Map<String, List<String>> byStatus = new TreeMap<>();
        if (operation.getRequestBody() != null) {
            add(byStatus, "400 MALFORMED_REQUEST", "400 VALIDATION_FAILED");
            var content = operation.getRequestBody().getContent();
            if (content != null && content.getMediaTypes() != null && content.getMediaTypes().size() > 1) {
                // "*/*" is listed only so that routing leaves the type to MediaTypes, after 401/403: not a type it takes
                content.removeMediaType("*/*");
            }
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                || operation.getResponses() != null && operation.getResponses().hasAPIResponse("401");
        if (secured) {
            add(byStatus, "401 UNAUTHENTICATED", "403 FORBIDDEN");
        }
        if (path.contains("{")) {
            add(byStatus, "404 NOT_FOUND");
        }
        codes.getOrDefault(method.name() + " " + path, List.of()).forEach(code -> add(byStatus, code));
        if (operation.getRequestBody() != null) {
            add(byStatus, "413 PAYLOAD_TOO_LARGE", "415 UNSUPPORTED_MEDIA_TYPE");
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY)) {
            add(byStatus, "400 VALIDATION_FAILED"); // a query value not of its type (StrictParameters)
        }
        if (method == PathItem.HttpMethod.POST && operation.getRequestBody() != null) {
            add(byStatus, "409 IDEMPOTENCY_KEY_REUSED");
        }
        add(byStatus, "429 RATE_LIMITED", "503 UNAVAILABLE");
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        byStatus.forEach((status, codes) -> {
            // A fresh answer each time: at build time the generated 401 and 403 are one object shared by every secured
            // operation, and writing into it would give them all the last operation's codes.
            APIResponse response = OASFactory.createAPIResponse();
            APIResponse declared = operation.getResponses().getAPIResponse(status);
            if (declared != null) {
                response.setHeaders(declared.getHeaders());
            }
            operation.getResponses().addAPIResponse(status, response);
            response.setDescription(TITLES.getOrDefault(status, "Error") + ": " + String.join(", ", codes));
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", "about:blank");
            example.put("title", TITLES.getOrDefault(status, "Error"));
            example.put("status", Integer.parseInt(status));
            example.put("detail", "what went wrong, for a person to read (rule codes name the rule id here)");
            example.put("code", codes.get(0));
            response.setContent(OASFactory.createContent().addMediaType("application/problem+json",
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                            .addExample(codes.get(0), OASFactory.createExample().value(example))));
        });
    }

    private static void add(Map<String, List<String>> byStatus, String... statusAndCodes) {
        for (String entry : statusAndCodes) {
            String[] parts = entry.split(" ", 2);
            List<String> codes = byStatus.computeIfAbsent(parts[0], s -> new ArrayList<>());
            if (!codes.contains(parts[1])) {
                codes.add(parts[1]);
            }
        }
    }

    private static Schema problem() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details with the machine-readable code of api.md")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text).addProperty("code", text)
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation))
                .required(List.of("status", "title", "code"));
    }
}
