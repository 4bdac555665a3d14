package kz.saylau.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The chain of a failure's causes, wrapped as frameworks wrap them. */
class CausesTest {

    @Test
    void theWholeChainIsSeenAndEndsAtTheLastCause() {
        SQLException sql = new SQLException("refused", "08001");
        RuntimeException wrapped = new IllegalStateException("commit", new RuntimeException("rollback", sql));
        assertEquals(3, Causes.chain(wrapped).count());
        assertTrue(Causes.any(wrapped, t -> t instanceof SQLException));
        assertEquals(sql, Causes.first(wrapped, SQLException.class).orElseThrow());
        assertFalse(Causes.first(wrapped, java.io.IOException.class).isPresent());
        assertEquals(List.of(), Causes.chain(null).toList());
    }
}
