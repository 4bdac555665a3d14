package kz.saylau.ballot.election;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.inject.Inject;
import kz.saylau.platform.web.ProblemException;

/** Finds the elections ballot-service has heard of. */
@ApplicationScoped
public class Elections {

    @Inject
    EntityManager em;

    public Election find(UUID id) {
        Election e = em.find(Election.class, id);
        if (e == null) {
            throw ProblemException.notFound("election " + id);
        }
        return e;
    }

    /** The election, row-locked until the transaction ends: intake for one election takes turns where it must. */
    public Election lock(UUID id) {
        Election e = em.find(Election.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw ProblemException.notFound("election " + id);
        }
        return e;
    }
}
