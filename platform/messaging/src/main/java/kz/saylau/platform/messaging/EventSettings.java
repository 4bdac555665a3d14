package kz.saylau.platform.messaging;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where and how this service's events go (prefix {@code saylau.events}; events.md). */
@ConfigMapping(prefix = "saylau.events")
public interface EventSettings {

    /** Prepended to every topic name; tests use "test." so they never mix with a running system. */
    Optional<String> topicPrefix();

    /** CloudEvents {@code ce_source}: {@code /saylau/<service>}, set by each service. */
    String source();

    /** How often the outbox relay looks for unpublished events. */
    @WithDefault("200ms")
    Duration relayInterval();

    /** The topic of events.md under its configured prefix. */
    default String topic(String name) {
        return topicPrefix().orElse("") + name;
    }
}
