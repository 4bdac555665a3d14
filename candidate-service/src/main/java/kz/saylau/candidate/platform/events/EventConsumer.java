package kz.saylau.candidate.platform.events;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.arc.All;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one Kafka consumer of this service: a single channel over all the topics it reads (application.properties),
 * because each consumer adds about 0.1 s to every start. Each event is applied once, by every feature's
 * {@link EventReader} in the same transaction; each reader takes the types it knows.
 */
@ApplicationScoped
public class EventConsumer {

    @Inject
    EventInbox inbox;

    @Inject
    @All
    List<EventReader> readers;

    @Incoming("events")
    @Blocking
    public void receive(ConsumerRecord<String, String> record) {
        inbox.receive(record, event -> readers.forEach(reader -> reader.apply(event)));
    }
}
