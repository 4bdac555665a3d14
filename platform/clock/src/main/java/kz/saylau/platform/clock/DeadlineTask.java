package kz.saylau.platform.clock;

/**
 * Work that must happen exactly once when the election clock passes a deadline (domain.md R-C3).
 * Implementations find what is due by querying, do it and record it in one transaction, so running them
 * again (periodic check, every clock change, several instances) never does anything twice.
 */
public interface DeadlineTask {

    /** Does whatever is due at the clock's current instant. */
    void runDue();
}
