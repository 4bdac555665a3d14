package kz.saylau.ballot.platform;

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

    Events events();

    Deadlines deadlines();

    Idempotency idempotency();

    Stations stations();

    interface Stations {
        /**
         * When on, protocols and turnout reports of polling stations must carry a valid {@code Saylau-Signature} of
         * their device (401 SIGNATURE_INVALID otherwise). Off by default, so stations without keys keep working.
         */
        @WithDefault("false")
        boolean requireDeviceSignature();
    }

    /** Where candidate-service answers, to look up a unit this service has not heard of yet (api.md precincts). */
    @WithDefault("http://127.0.0.1:8081")
    java.net.URI candidateUrl();

    /** The secret key of the "has voted" register's IIN hashes (R-I2, R-V2); dev default only in the repo. */
    String voterKey();

    interface Idempotency {
        /** How long an Idempotency-Key's answer is remembered (real time). */
        @WithDefault("24h")
        Duration retention();
    }

    interface Events {
        /** Prepended to every topic name; tests use "test." so they never mix with a running system. */
        Optional<String> topicPrefix();

        /** CloudEvents {@code ce_source}. */
        @WithDefault("/saylau/ballot-service")
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
