package kz.saylau.platform.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The ranges of numeric settings, checked as the service starts: a setting outside its range stops the start with a
 * message that names it. Plain code rather than Bean Validation constraints on the {@code @ConfigMapping}s: for
 * those Quarkus builds a validator factory of its own before anything else starts, 0.5–1 s of every start here.
 */
public final class SettingRanges {

    private final List<String> problems = new ArrayList<>();

    public SettingRanges atLeast(String name, double value, double min) {
        if (value < min) {
            problems.add(name + " is " + number(value) + "; it must be at least " + number(min));
        }
        return this;
    }

    public SettingRanges between(String name, double value, double min, double max) {
        if (value < min || value > max) {
            problems.add(name + " is " + number(value) + "; it must be between " + number(min) + " and " + number(max));
        }
        return this;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Stops the start when any setting is out of its range. */
    public void refuseAny() {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("settings out of range: " + String.join("; ", problems));
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
