package org.kinerja.platform.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Writes that only ever move a document forward in its version, compare-and-set on {@code (_id, version field)}.
 *
 * <p>Why not one {@code update({_id, version: {$lt: v}}, upsert)}: the embedded MongoDB server (mongo-java-server)
 * answers a filter from an index only when the filter names exactly the index's keys with plain values, so that filter
 * scans the whole collection on every write, and the cost of a report grew with the history (28 % of the whole
 * platform's CPU under load). Here the stored version is read by {@code _id}, and the write is guarded by equality on
 * {@code (_id, version)}, a filter the unique index that {@link #collection} creates answers directly (real MongoDB
 * answers both from its {@code _id} index). A concurrent writer makes the guard miss, and the write is decided again on
 * what it stored.
 */
public final class VersionedWrites {

    /** One guarded write: the filter to apply it under, and whether it may insert (the document was absent). */
    @FunctionalInterface
    public interface GuardedWrite {
        UpdateResult apply(Bson filter, boolean insert);
    }

    private VersionedWrites() {
    }

    /** The collection, with the unique {@code (_id, versionField)} index its guarded writes are answered from. */
    public static MongoCollection<Document> collection(MongoDatabase database, String name, String versionField) {
        MongoCollection<Document> collection = database.getCollection(name);
        collection.createIndex(Indexes.ascending("_id", versionField), new IndexOptions().unique(true));
        return collection;
    }

    /**
     * Applies the write unless the stored document's {@code versionField} is already {@code version} or newer; an
     * absent document is written only when {@code insertIfAbsent}. True when this call wrote.
     */
    public static boolean writeIfNewer(MongoCollection<Document> collection, Object id, String versionField,
            long version, boolean insertIfAbsent, GuardedWrite write) {
        while (true) {
            Document stored = collection.find(eq("_id", id)).projection(Projections.include(versionField)).first();
            if (stored == null && !insertIfAbsent) {
                return false;
            }
            Object current = stored == null ? null : stored.get(versionField);
            if (current instanceof Number number && number.longValue() >= version) {
                return false;
            }
            try {
                UpdateResult result = write.apply(guard(id, versionField, current), stored == null);
                if (result.getMatchedCount() == 1 || result.getUpsertedId() != null) {
                    return true;
                }
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            // Someone else wrote between the read and the guarded write: decide again on what they stored.
        }
    }

    /**
     * The filter {@code {_id: id, versionField: version}} as one plain document: the driver's {@code Filters.and}
     * renders {@code $and}, which the embedded server does not match against an index.
     */
    public static Bson guard(Object id, String versionField, Object version) {
        return new Document("_id", id).append(versionField, version);
    }
}
