package kz.saylau.platform.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Idempotency-Key settings (prefix {@code saylau.idempotency}). */
@ConfigMapping(prefix = "saylau.idempotency")
public interface IdempotencySettings {

    /** How long an Idempotency-Key's answer is remembered (real time). */
    @WithDefault("24h")
    Duration retention();
}
