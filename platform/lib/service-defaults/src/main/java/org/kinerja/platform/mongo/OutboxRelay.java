package org.kinerja.platform.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.kinerja.platform.events.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes pending outbox entries, oldest first within a document, then removes each one. If the service stops
 * between publishing and removing, the entry is published again on restart with the same event id, and consumers,
 * which deduplicate on that id, see it once: at-least-once publication, exactly-once effect.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final MongoDatabase database;
    private final List<OutboxCollection> collections;
    private final EventPublisher publisher;

    public OutboxRelay(MongoDatabase database, List<OutboxCollection> collections, EventPublisher publisher) {
        this.database = database;
        this.collections = collections;
        this.publisher = publisher;
    }

    @Scheduled(fixedDelayString = "${kinerja.outbox-interval:200ms}")
    public void relayPending() {
        for (OutboxCollection declared : collections) {
            try {
                relay(database.getCollection(declared.name()));
            } catch (RuntimeException e) {
                // Kafka or MongoDB unavailable: leave the entries where they are and try again on the next tick.
                log.warn("outbox relay of {} paused: {}", declared.name(), e.getMessage());
            }
        }
    }

    /** Publishes what is pending now; returns the number of events published. */
    public int relay(MongoCollection<Document> collection) {
        int published = 0;
        for (Document document : collection.find(exists(Outbox.FIELD + ".0")).limit(BATCH)) {
            for (Document entry : document.getList(Outbox.FIELD, Document.class)) {
                publisher.publish(Outbox.toEvent(entry));
                collection.updateOne(eq("_id", document.get("_id")),
                        Updates.pull(Outbox.FIELD, new Document("eventId", entry.getString("eventId"))));
                published++;
            }
        }
        return published;
    }
}
