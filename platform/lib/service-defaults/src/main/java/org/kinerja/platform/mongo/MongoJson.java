package org.kinerja.platform.mongo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.kinerja.contracts.EventJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps records to MongoDB documents and back through their JSON form, the same mapping events use on the wire, so a
 * view document and the event it came from read the same. Fields a document holds beyond the record (such as
 * {@code _id}, {@code version} or an outbox) are ignored on the way back.
 */
public final class MongoJson {

    private static final JsonMapper READER = EventJson.mapper().rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private MongoJson() {
    }

    public static Document toDocument(Object value) {
        return Document.parse(new String(EventJson.write(value), StandardCharsets.UTF_8));
    }

    public static <T> T fromDocument(Document document, Class<T> type) {
        return READER.readValue(document.toJson(RELAXED), type);
    }

    /** The first document matching the filter, as a record. */
    public static <T> Optional<T> findOne(MongoCollection<Document> collection, Bson filter, Class<T> type) {
        return Optional.ofNullable(collection.find(filter).first()).map(d -> fromDocument(d, type));
    }

    /** Every document matching the filter, in the given order, as records. */
    public static <T> List<T> findAll(MongoCollection<Document> collection, Bson filter, Bson sort, Class<T> type) {
        List<T> found = new ArrayList<>();
        collection.find(filter).sort(sort).forEach(d -> found.add(fromDocument(d, type)));
        return found;
    }

    /**
     * Replaces the document with this id by the record unless the stored one has the same or a newer {@code version}
     * (inserting it if absent): replays and redeliveries never take a projection back in time. True when written.
     * The collection is opened with {@link VersionedWrites#collection} on {@code "version"}.
     */
    public static boolean upsertIfNewer(MongoCollection<Document> collection, String id, Object value, long version) {
        return VersionedWrites.replaceIfNewer(collection,
                new VersionedWrites.Versioned(id, version, toDocument(value)));
    }

    /**
     * Inserts the document unless one with its {@code _id} exists: false then, and nothing is written. What a create
     * that may be retried, or a projection of records that may be delivered twice, needs.
     */
    public static boolean insertOnce(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Replaces the document with this id by the record (inserting it if absent): what idempotent projections do. */
    public static void upsert(MongoCollection<Document> collection, String id, Object value) {
        collection.replaceOne(Filters.eq("_id", id), toDocument(value).append("_id", id),
                new ReplaceOptions().upsert(true));
    }
}
