package kz.saylau.candidate.platform;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Service-wide settings (prefix {@code saylau}); election rules have their own mappings. */
@ConfigMapping(prefix = "saylau")
public interface SaylauConfig {

    /** Simulation mode (domain.md R-C4): the election clock can be moved; everything is marked rehearsal (R-X4). */
    @WithName("simulation-mode") // not "simulation": the variable SAYLAU_SIMULATION would map onto it and beat %test
    @WithDefault("false")
    boolean simulation();

    /** The election time zone: instants in answers are written in it (api.md conventions). */
    @WithDefault("Asia/Almaty")
    ZoneId timeZone();

    /** The secret key of {@code personKey} hashes of IINs (R-I2); dev default only, production sets SAYLAU_PERSON_KEY. */
    String personKey();

    Events events();

    Deadlines deadlines();

    Idempotency idempotency();

    interface Idempotency {
        /** How long an Idempotency-Key's answer is remembered (real time). */
        @WithDefault("24h")
        Duration retention();
    }

    interface Events {
        /** Prepended to every topic name; tests use "test." so they never mix with a running system. */
        Optional<String> topicPrefix();

        /** CloudEvents {@code ce_source}. */
        @WithDefault("/saylau/candidate-service")
        String source();

        /** How often the outbox relay looks for unpublished events. */
        @WithDefault("200ms")
        Duration relayInterval();
    }

    interface Deadlines {
        /** How often the deadline work of R-C3 is checked (besides every clock change). */
        @WithDefault("5s")
        Duration checkInterval();
    }

    default String topic(String name) {
        return events().topicPrefix().orElse("") + name;
    }
}
