package kz.saylau.results;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.saylau.platform.web.ServiceSettings;

/**
 * R-X4: every figure results-service answers says whether it is a rehearsal's, as a result does: mandates, anomaly
 * flags and analytics rows carry {@code rehearsal} beside their own fields (the summary has it as a field of its own).
 */
@ApplicationScoped
public class Rehearsal {

    /** A row of an answer with {@code rehearsal} beside its fields. */
    public record Marked<T>(@JsonUnwrapped T row, boolean rehearsal) {
    }

    @Inject
    ServiceSettings config;

    public boolean now() {
        return config.simulation();
    }

    public <T> Marked<T> mark(T row) {
        return new Marked<>(row, config.simulation());
    }
}
