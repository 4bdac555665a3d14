package kz.saylau.platform.messaging;

/** A feature's part of the events this service reads: it applies the types it knows and passes over the others. */
public interface EventReader {

    /** Called inside the transaction that records the event as applied ({@link EventInbox}). */
    void apply(IncomingEvent event);
}
