package kz.saylau.platform.clock;

import org.jboss.logging.Logger;

import io.quarkus.arc.All;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs every {@link DeadlineTask}: periodically, and on every clock change before the change is answered. */
@ApplicationScoped
public class Deadlines {

    private static final Logger LOG = Logger.getLogger(Deadlines.class);

    @Inject
    @All
    java.util.List<DeadlineTask> tasks;

    /** Its interval is the schedule's below (read there by name, as {@code @Scheduled} needs a text). */
    @Inject
    DeadlineSettings settings;

    void announce(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        LOG.debugf("deadline work is checked every %s and at every clock change", settings.checkInterval());
    }

    @Scheduled(every = "${saylau.deadlines.check-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodicCheck() {
        try {
            runDue();
        } catch (RuntimeException e) {
            LOG.warn("deadline check failed; it runs again at the next check", e);
        }
    }

    public synchronized void runDue() {
        for (DeadlineTask task : tasks) {
            task.runDue();
        }
    }
}
