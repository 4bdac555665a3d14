package kz.saylau.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** A race that a unique index or a row version caught is 409 CONCURRENT_CHANGE, however it comes wrapped. */
class ProblemMappersTest {

    @Test
    void aUniqueIndexRaceIsAConcurrentChangeEvenWhenTheCommitWrapsIt() {
        var unique = new org.hibernate.exception.ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"), "account_pkey");
        assertTrue(ProblemMappers.isConcurrentChange(unique));
        // what a transaction's commit throws: its own exception around the flush's
        assertTrue(ProblemMappers.isConcurrentChange(new IllegalStateException("commit failed",
                new RuntimeException("rollback", unique))));
        assertTrue(ProblemMappers.isConcurrentChange(new RuntimeException(new SQLException("dup", "23505"))));
        assertTrue(ProblemMappers.isConcurrentChange(new jakarta.persistence.OptimisticLockException("stale")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(ProblemMappers.isConcurrentChange(new IllegalStateException("boom")));
        assertFalse(ProblemMappers.isConcurrentChange(new RuntimeException(new SQLException("connection refused", "08001"))));
    }

    @Test
    void aDatabaseThatCannotBeReachedIsUnavailableNotAFailure() {
        assertTrue(ProblemMappers.isUnavailable(new jakarta.persistence.PersistenceException(
                new org.hibernate.exception.JDBCConnectionException("refused", new SQLException("Connection refused", "08001")))));
        assertTrue(ProblemMappers.isUnavailable(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(ProblemMappers.isUnavailable(new SQLException("Acquisition timeout while waiting for new connection")));
        assertFalse(ProblemMappers.isUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(ProblemMappers.isUnavailable(new IllegalStateException("boom")));
    }
}
