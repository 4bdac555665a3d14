package kz.saylau.candidate.election;

import java.lang.reflect.Proxy;
import java.time.LocalTime;
import java.util.Map;

/**
 * domain.md's default calendar settings, for the pure rule tests (no Quarkus). A dynamic proxy rather than a class:
 * a class implementing the mapping would become a CDI bean.
 */
public final class DefaultSettings {

    private DefaultSettings() {
    }

    public static ElectionSettings.Calendar calendar(int nominationDays, int registrationDays) {
        Map<String, Object> values = Map.of("deadlineTime", LocalTime.of(18, 0), "nominationClosesDaysBefore", nominationDays,
                "registrationClosesDaysBefore", registrationDays, "pollsOpen", LocalTime.of(7, 0),
                "pollsClose", LocalTime.of(20, 0), "minDaysCalledBeforeVote", 30);
        return (ElectionSettings.Calendar) Proxy.newProxyInstance(DefaultSettings.class.getClassLoader(),
                new Class<?>[] { ElectionSettings.Calendar.class }, (proxy, method, args) -> values.get(method.getName()));
    }

    public static ElectionSettings.Calendar calendar() {
        return calendar(26, 21);
    }
}
