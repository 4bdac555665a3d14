package kz.saylau.ballot.evoting;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import kz.saylau.platform.web.ServiceSettings;

/** A production start refuses system-held trustees, as it refuses the repository's dev secrets (SecretsCheck). */
@ApplicationScoped
public class SystemTrusteesCheck {

    @Inject
    EVotingSettings settings;

    @Inject
    ServiceSettings service;

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        String refused = refused(LaunchMode.current() == LaunchMode.NORMAL && !service.devSecretsAllowed(),
                settings.systemTrustees());
        if (refused != null) {
            throw new IllegalStateException(refused);
        }
    }

    public static String refused(boolean production, boolean systemTrustees) {
        return production && systemTrustees
                ? "unset SAYLAU_SYSTEM_TRUSTEES: system-held trustees can read every electronic ballot, which production"
                        + " refuses (docs/security.md)"
                : null;
    }
}
