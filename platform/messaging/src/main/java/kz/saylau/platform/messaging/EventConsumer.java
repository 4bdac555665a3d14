package kz.saylau.platform.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.quarkus.arc.All;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one Kafka consumer of a service: a single channel, {@code events}, over all the topics it reads (each consumer
 * adds about 0.1 s to every start). A poll's records are applied in one transaction, by every feature's
 * {@link EventReader}, each reader taking the types it knows: election night's protocols come faster than one commit
 * each would allow. If anything in the batch fails, the records are taken again one at a time, so a bad event is
 * rejected alone and a conflict is retried ({@link EventInbox}).
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @Inject
    EventInbox inbox;

    @Inject
    @All
    List<EventReader> readers;

    @Inject
    @All
    List<EventBatch> batches;

    @Incoming("events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        batches.forEach(EventBatch::begin);
        try {
            inbox.receiveAll(records, this::apply, () -> batches.forEach(EventBatch::end));
            batches.forEach(EventBatch::committed);
        } catch (RuntimeException e) {
            LOG.debugf("a batch of %d events failed (%s); applying them one at a time", records.count(), e.getMessage());
            for (ConsumerRecord<String, String> record : records) {
                batches.forEach(EventBatch::begin);
                inbox.receive(record, event -> {
                    apply(event);
                    batches.forEach(EventBatch::end);
                });
                batches.forEach(EventBatch::committed);
            }
        }
    }

    private void apply(IncomingEvent event) {
        readers.forEach(reader -> reader.apply(event));
    }
}
