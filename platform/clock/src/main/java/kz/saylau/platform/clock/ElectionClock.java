package kz.saylau.platform.clock;

import kz.saylau.platform.web.Columns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.web.ServiceSettings;

/**
 * The election clock (domain.md R-C4): real time, or in simulation mode real time shifted to the instant a cec
 * user set, running on at real speed. The setting is kept in the database so a restart keeps the rehearsal's time.
 * Tokens, lockouts, rate limits and idempotency keys do not use this clock.
 */
@Singleton
public class ElectionClock extends Clock {

    private final ServiceSettings config;
    private final EntityManager em;
    private volatile Duration offset = Duration.ZERO;

    @Inject
    public ElectionClock(ServiceSettings config, EntityManager em) {
        this.config = config;
        this.em = em;
    }

    void load(@Observes StartupEvent start) {
        if (config.simulation()) {
            QuarkusTransaction.requiringNew().run(() -> {
                @SuppressWarnings("unchecked")
                java.util.List<Object[]> rows = em.createNativeQuery(
                        "select simulated_at, set_at from election_clock where id = 1").getResultList();
                rows.stream().findFirst().ifPresent(row -> offset = Duration.between(Columns.instant(row[1]), Columns.instant(row[0])));
            });
        }
    }

    /**
     * Several instances share one database: a clock moved through one of them reaches the others within a second
     * (forward only, like every move).
     */
    @io.quarkus.scheduler.Scheduled(every = "1s", delayed = "1s",
            concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    synchronized void follow() {
        if (!config.simulation()) {
            return;
        }
        Duration before = offset;
        load(null);
        if (offset.compareTo(before) < 0) {
            offset = before;
        }
    }

    /** True when {@code target} is the simulated instant last set, by any instance. */
    private boolean isStored(Instant target) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            java.util.List<Object> rows = em.createNativeQuery("select simulated_at from election_clock where id = 1").getResultList();
            // the table rounds to microseconds: the same move is within a millisecond of it
            return !rows.isEmpty() && Duration.between(Columns.instant(rows.get(0)), target).abs().toMillis() < 1;
        });
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return config.timeZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    public boolean simulation() {
        return config.simulation();
    }

    /** Moves the simulated clock forward (R-C4); refuses to go back: CLOCK_BACKWARDS. */
    public synchronized void moveTo(Instant target) {
        if (!config.simulation()) {
            throw ProblemException.notFound("the simulation clock");
        }
        follow();   // another instance may have moved it a moment ago
        Instant now = instant();
        if (target.isBefore(now.minusSeconds(1)) && !isStored(target)) {
            throw ProblemException.rule("CLOCK_BACKWARDS", "R-C4", "the clock only moves forward; it is now " + now);
        }
        if (target.isBefore(now)) {
            // the same instant, set again a moment later, or the same move reaching each instance of a service
            // (the gateway moves them all): nothing to move
            return;
        }
        Instant real = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into election_clock (id, simulated_at, set_at) values (1, ?1, ?2)
                on conflict (id) do update set simulated_at = excluded.simulated_at, set_at = excluded.set_at""")
                .setParameter(1, target).setParameter(2, real).executeUpdate());
        offset = Duration.between(real, target);
    }
}
