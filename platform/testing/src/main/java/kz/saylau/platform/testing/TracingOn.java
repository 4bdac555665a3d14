package kz.saylau.platform.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A test profile with OpenTelemetry switched on and spans exported within 50 ms (tracing is off by default). */
public class TracingOn implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "50ms");
    }
}
