package kz.saylau.platform.web;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Who may call is asked before what was sent (api.md "Errors": 401, 403, then 415). A call declares the types it
 * takes with {@code @Consumes}, listing {@code *}{@code /*} too, so that routing never refuses a body before the
 * token and the role are checked; this filter, which runs after those checks, then refuses a body of a type the call
 * does not list with 415 {@code UNSUPPORTED_MEDIA_TYPE} (Jackson would read JSON sent as text/plain). The served
 * OpenAPI documents list only the real types ({@link ProblemDocs}).
 */
public class MediaTypes {

    @ServerRequestFilter
    public Optional<Response> takenType(ContainerRequestContext request, SimpleResourceInfo resource) {
        String length = request.getHeaderString("Content-Length");
        if (!request.hasEntity() || length != null && length.trim().equals("0")) {
            return Optional.empty(); // no body: its type does not matter
        }
        List<MediaType> taken = declared(resource);
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        MediaType sent = request.getMediaType();
        // a body without a type (a missing Content-Type reads as */*) is refused too
        boolean typed = sent != null && !sent.isWildcardType() && !sent.isWildcardSubtype();
        if (typed && taken.stream().anyMatch(t -> t.isCompatible(sent))) {
            return Optional.empty();
        }
        return Optional.of(Problem.response(415, "UNSUPPORTED_MEDIA_TYPE",
                "this call takes " + String.join(" or ", taken.stream().map(t -> t.getType() + "/" + t.getSubtype()).toList()),
                List.of()));
    }

    /** The types the call lists, without the wildcard that lets every body through routing. */
    static List<MediaType> declared(SimpleResourceInfo resource) {
        return DECLARED.computeIfAbsent(resource.getResourceClass().getName() + "#" + resource.getMethodName()
                + Arrays.toString(resource.parameterTypes()), key -> read(resource));
    }

    private static final java.util.Map<String, List<MediaType>> DECLARED = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<MediaType> read(SimpleResourceInfo resource) {
        Consumes consumes = annotation(resource);
        if (consumes == null) {
            return List.of();
        }
        return Arrays.stream(consumes.value()).flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                .filter(v -> !v.equals(MediaType.WILDCARD)).map(MediaType::valueOf).toList();
    }

    private static Consumes annotation(SimpleResourceInfo resource) {
        try {
            Method method = resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
            Consumes onMethod = method.getAnnotation(Consumes.class);
            return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(Consumes.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
