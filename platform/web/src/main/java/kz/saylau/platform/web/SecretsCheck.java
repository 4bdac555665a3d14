package kz.saylau.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * A production start refuses the secrets the repository holds (docs/security.md): a service whose database password,
 * person key, voter key or admin password is missing, is a dev default, or is still the placeholder of
 * {@code .env.example}, stops at once with one line naming the variable to set. Dev and test runs, and
 * {@code ./saylau} on a developer's machine ({@code SAYLAU_DEV_SECRETS=true}), keep the dev defaults.
 */
@ApplicationScoped
public class SecretsCheck {

    /** The secrets and the variables that set them; a service checks those of them it has. */
    static final Map<String, String> SECRETS = secrets();

    /** The dev defaults written in the repository's configuration and in {@code ./saylau}. */
    static final Set<String> DEV_DEFAULTS = Set.of("saylau-dev-password", "cec-dev-password",
            "dev-only-person-key-not-secret", "dev-only-voter-key-not-secret");

    /** How the placeholders of {@code .env.example} begin. */
    static final String PLACEHOLDER = "CHANGE-ME";

    @Inject
    Config config;

    @Inject
    ServiceSettings settings;

    /** First of the start-up work: nothing reaches the database or the broker with a secret production refuses. */
    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        if (LaunchMode.current() != LaunchMode.NORMAL || settings.devSecretsAllowed()) {
            return;
        }
        Set<String> names = new java.util.HashSet<>();
        config.getPropertyNames().forEach(names::add);
        Map<String, Optional<String>> values = new LinkedHashMap<>();
        SECRETS.keySet().stream().filter(names::contains)
                .forEach(property -> values.put(property, config.getOptionalValue(property, String.class)));
        String refused = refused(values);
        if (refused != null) {
            throw new IllegalStateException(refused);
        }
    }

    /** The one line that stops the start, for the first secret that is missing, a dev default or a placeholder. */
    static String refused(Map<String, Optional<String>> values) {
        for (var secret : values.entrySet()) {
            String variable = SECRETS.get(secret.getKey());
            String value = secret.getValue().map(String::trim).orElse("");
            if (value.isEmpty()) {
                return "set " + variable + ": " + secret.getKey() + " has no value (docs/security.md)";
            }
            if (DEV_DEFAULTS.contains(value) || value.toUpperCase(java.util.Locale.ROOT).startsWith(PLACEHOLDER)) {
                return "set " + variable + ": " + secret.getKey() + " is a dev default or a placeholder, which production"
                        + " refuses (docs/security.md)";
            }
        }
        return null;
    }

    private static Map<String, String> secrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("quarkus.datasource.password", "SAYLAU_DB_PASSWORD");
        secrets.put("saylau.person-key", "SAYLAU_PERSON_KEY");
        secrets.put("saylau.voter-key", "SAYLAU_VOTER_KEY");
        secrets.put("saylau.auth.admin-password", "SAYLAU_ADMIN_PASSWORD");
        return java.util.Collections.unmodifiableMap(secrets);
    }
}
