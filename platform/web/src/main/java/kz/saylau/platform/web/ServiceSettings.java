package kz.saylau.platform.web;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * What every service and the gateway are set to alike (prefix {@code saylau}); each service's own settings and the
 * election rules have mappings of their own.
 */
@ConfigMapping(prefix = "saylau")
public interface ServiceSettings {

    /** Simulation mode (domain.md R-C4): the election clock can be moved; everything is marked rehearsal (R-X4). */
    @WithName("simulation-mode") // not "simulation": the variable SAYLAU_SIMULATION would map onto it and beat %test
    @WithDefault("false")
    boolean simulation();

    /** The election time zone: instants in answers are written in it (api.md conventions). */
    @WithDefault("Asia/Almaty")
    ZoneId timeZone();

    /**
     * Whether the repository's dev secrets may be used outside dev and test (docs/security.md): only {@code ./saylau}
     * on a developer's machine says so ({@code SAYLAU_DEV_SECRETS=true}); a production start with a dev secret stops.
     */
    @WithName("dev-secrets")
    @WithDefault("false")
    boolean devSecretsAllowed();

    /** This service's PostgreSQL database (the shared JDBC URL names it; tests use its {@code _test} twin). */
    String database();
}
