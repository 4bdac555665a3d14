package kz.saylau.platform.clock;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Deadline work (prefix {@code saylau.deadlines}; R-C3). */
@ConfigMapping(prefix = "saylau.deadlines")
public interface DeadlineSettings {

    /** How often the deadline work of R-C3 is checked (besides every clock change). */
    @WithDefault("5s")
    Duration checkInterval();
}
