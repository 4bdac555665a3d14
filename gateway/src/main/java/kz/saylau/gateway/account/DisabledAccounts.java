package kz.saylau.gateway.account;

import java.util.List;
import java.util.Set;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * The usernames whose accounts are disabled, held in memory so the edge can refuse their still-valid tokens at once
 * (the services verify tokens but know nothing of accounts). Changed here when this instance disables one, and read
 * again from the database every few seconds for changes made through another gateway instance.
 */
@ApplicationScoped
public class DisabledAccounts {

    private volatile Set<String> disabled = Set.of();

    private final EntityManager em;

    DisabledAccounts(EntityManager em) {
        this.em = em;
    }

    void start(@Observes StartupEvent start, Vertx vertx) {
        reload();
        vertx.setPeriodic(5_000, id -> vertx.executeBlocking(() -> {
            reload();
            return null;
        }, false));
    }

    public boolean contains(String username) {
        return disabled.contains(username);
    }

    /** Plain SQL: at start the gateway's first HQL query would cost it a third of a second of parser setup. */
    public void reload() {
        List<?> names = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select username from account where not enabled").getResultList());
        disabled = Set.copyOf(names.stream().map(String.class::cast).toList());
    }
}
