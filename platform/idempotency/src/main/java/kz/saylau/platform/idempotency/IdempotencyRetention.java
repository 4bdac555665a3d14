package kz.saylau.platform.idempotency;

import java.time.Instant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Forgets Idempotency-Key answers older than {@code saylau.idempotency.retention} (real time). */
@ApplicationScoped
public class IdempotencyRetention {

    @Inject
    EntityManager em;

    @Inject
    IdempotencySettings config;

    @Scheduled(every = "1h", delayed = "1m")
    void forgetOld() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from idempotent_request where created_at < ?1")
                .setParameter(1, Instant.now().minus(config.retention())).executeUpdate());
    }
}
