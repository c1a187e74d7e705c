package org.kinerja.platform.mongo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.kinerja.contracts.EventType;
import org.kinerja.platform.events.EventActor;
import org.kinerja.platform.events.OutgoingEvent;

/**
 * The transactional outbox, kept inside the aggregate's own document: one atomic single-document write stores the new
 * state and the events it causes (in the {@value #FIELD} array), so state and events can never disagree, and no
 * multi-document transaction is needed. {@link OutboxRelay} publishes the entries and then removes them.
 */
public final class Outbox {

    /** The array field of pending events in an aggregate document. */
    public static final String FIELD = "outbox";

    private Outbox() {
    }

    /** One update that sets every field of the new state and queues its events: the atomic outbox write. */
    public static Bson stateAndEvents(Object state, List<OutgoingEvent> events) {
        List<Bson> changes = new ArrayList<>();
        MongoJson.toDocument(state).forEach((field, value) -> changes.add(Updates.set(field, value)));
        if (!events.isEmpty()) {
            changes.add(Updates.pushEach(FIELD, events.stream().map(Outbox::entry).toList()));
        }
        return Updates.combine(changes);
    }

    /**
     * Writes an aggregate at {@code version} with its events, compare-and-set: only over the stored version - 1, or as
     * a new document when {@code version} is 1. False when someone else wrote first (nothing is written then). The
     * collection is opened with {@link VersionedWrites#collection} on {@code "version"}, whose index answers the guard.
     */
    public static boolean saveVersioned(MongoCollection<Document> collection, String id, Object state, long version,
            List<OutgoingEvent> events) {
        try {
            UpdateResult result = collection.updateOne(VersionedWrites.guard(id, "version", version - 1),
                    stateAndEvents(state, events),
                    new UpdateOptions().upsert(version == 1));
            return result.getMatchedCount() == 1 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public static Document entry(OutgoingEvent event) {
        return new Document("eventId", event.id())
                .append("type", event.type().type())
                .append("source", event.source())
                .append("key", event.key())
                .append("subject", event.subject())
                .append("time", event.time().toString())
                .append("data", new String(event.data(), StandardCharsets.UTF_8))
                .append("actor", event.actor() == null ? null : new Document("subject", event.actor().subject())
                        .append("roles", event.actor().roles()).append("requestId", event.actor().requestId()));
    }

    static OutgoingEvent toEvent(Document entry) {
        EventType type = EventType.fromType(entry.getString("type"))
                .orElseThrow(() -> new IllegalStateException("unknown event type in outbox: " + entry));
        return new OutgoingEvent(type, entry.getString("eventId"), entry.getString("source"), entry.getString("key"),
                entry.getString("subject"), Instant.parse(entry.getString("time")),
                entry.getString("data").getBytes(StandardCharsets.UTF_8), actor(entry.get("actor", Document.class)));
    }

    /** Entries queued before events carried their actor have none. */
    private static EventActor actor(Document actor) {
        return actor == null ? null : new EventActor(actor.getString("subject"),
                actor.getList("roles", String.class), actor.getString("requestId"));
    }
}
