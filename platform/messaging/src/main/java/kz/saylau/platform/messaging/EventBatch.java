package kz.saylau.platform.messaging;

/**
 * Steps around the events of one transaction, for a service that does its work once per batch rather than once
 * per event (results-service renders each changed result once, at the batch's end). Every method has a default
 * that does nothing.
 */
public interface EventBatch {

    /** Before the batch's first event. */
    default void begin() {
    }

    /** The transaction's last step, after its last event. */
    default void end() {
    }

    /** After the transaction committed (or, for an event rejected alone, after it was recorded as rejected). */
    default void committed() {
    }
}
