package kz.saylau.gateway.account;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.saylau.gateway.platform.GatewayConfig;
import kz.saylau.platform.web.ProblemException;

/**
 * Issue 19 #5: a polling station's device enrolled in one call. The device's Ed25519 key is registered in
 * ballot-service first, with the commission's own token (ballot-service decides whether this TEC may, and whether
 * the key is one); only then is the device's account made (role {@code precinct}, scoped to the precinct, a random
 * password nobody ever sees) and signed in: the answer carries its first access and refresh tokens. A refusal by
 * ballot-service is relayed as it is and makes no account.
 */
@ApplicationScoped
public class StationEnrollment {

    public record Enrolment(@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "1 to 32 of A-Z a-z 0-9 _ -") String precinctCode,
            @NotNull @Size(min = 1, max = 1000) String publicKey) {
    }

    @Inject
    GatewayConfig config;

    @Inject
    AccountService accounts;

    @Inject
    ObjectMapper json;

    /** One client per ballot-service instance; each enrolment goes to the instance whose turn it is. */
    private final java.util.Map<java.net.URI, BallotDeviceKeys> clients = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    kz.saylau.gateway.routing.ServiceInstances instances;

    public Response enroll(Enrolment enrolment, String authorization) {
        Response key;
        try {
            key = client().register(enrolment.precinctCode(),
                    json.createObjectNode().put("publicKey", enrolment.publicKey()).toString(), authorization);
        } catch (ProcessingException e) {
            throw new ProblemException(503, "UNAVAILABLE", "ballot-service did not answer the device key registration");
        }
        String body = key.readEntity(String.class);
        if (key.getStatus() != 200) {
            return Response.status(key.getStatus())
                    .type(key.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : key.getMediaType()).entity(body).build();
        }
        JsonNode deviceKey;
        try {
            deviceKey = json.readTree(body);
        } catch (java.io.IOException e) {
            throw new ProblemException(502, "BAD_GATEWAY", "ballot-service answered the device key registration with no JSON");
        }
        AccountService.StationDevice device = accounts.enrollStation(enrolment.precinctCode(), deviceKey);
        return Response.created(URI.create("/api/auth/accounts/" + device.username())).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(device).build();
    }

    private BallotDeviceKeys client() {
        return clients.computeIfAbsent(instances.pick(kz.saylau.gateway.routing.ServiceRoutes.Service.BALLOT),
                uri -> QuarkusRestClientBuilder.newBuilder().baseUri(uri)
                    .connectTimeout(5, TimeUnit.SECONDS)
                    .readTimeout(config.services().answerTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    // ballot-service's own refusals (403, 404, 400) are relayed, not turned into exceptions
                    .property("microprofile.rest.client.disable.default.mapper", true)
                    .build(BallotDeviceKeys.class));
    }
}
