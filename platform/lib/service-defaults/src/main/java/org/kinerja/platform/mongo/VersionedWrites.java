package org.kinerja.platform.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
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

    /** A whole document to store under {@code id} at {@code version} (its {@code "version"} field). */
    public record Versioned(Object id, long version, Document document) {
    }

    /**
     * {@link MongoJson#upsertIfNewer} for a poll's documents at once: the newest of each id, their stored versions
     * read in one query and the newer ones written in one unordered bulk write, so a burst costs two round trips
     * instead of two per record, and an id updated many times in the poll is written once. A write whose guard misses
     * (someone else wrote in between) is decided again on its own.
     */
    public static void upsertAllIfNewer(MongoCollection<Document> collection, List<Versioned> writes) {
        Map<Object, Versioned> newest = new LinkedHashMap<>();
        writes.forEach(w -> newest.merge(w.id(), w, (a, b) -> b.version() > a.version() ? b : a));
        if (newest.isEmpty()) {
            return;
        }
        Map<Object, Object> stored = new HashMap<>();
        collection.find(in("_id", newest.keySet())).projection(Projections.include("version"))
                .forEach(d -> stored.put(d.get("_id"), d.get("version")));
        List<Versioned> toWrite = new ArrayList<>();
        List<ReplaceOneModel<Document>> models = new ArrayList<>();
        for (Versioned w : newest.values()) {
            boolean present = stored.containsKey(w.id());
            Object current = stored.get(w.id());
            if (current instanceof Number number && number.longValue() >= w.version()) {
                continue;
            }
            toWrite.add(w);
            models.add(new ReplaceOneModel<>(guard(w.id(), "version", current), versionedDocument(w),
                    new ReplaceOptions().upsert(!present)));
        }
        if (models.isEmpty()) {
            return;
        }
        try {
            BulkWriteResult result = collection.bulkWrite(models, new BulkWriteOptions().ordered(false));
            if (result.getMatchedCount() + result.getUpserts().size() == models.size()) {
                return;
            }
        } catch (MongoBulkWriteException raced) {
            if (raced.getWriteErrors().stream().anyMatch(e -> ErrorCategory.fromErrorCode(e.getCode())
                    != ErrorCategory.DUPLICATE_KEY)) {
                throw raced;
            }
        }
        // Some guard missed: decide each again on what is stored now (the ones already written are skipped there).
        toWrite.forEach(w -> replaceIfNewer(collection, w));
    }

    /** {@link #upsertAllIfNewer} for one document: replaced (or inserted) unless its stored version is as new. */
    public static boolean replaceIfNewer(MongoCollection<Document> collection, Versioned w) {
        Document next = versionedDocument(w);
        return writeIfNewer(collection, w.id(), "version", w.version(), true,
                (filter, insert) -> collection.replaceOne(filter, next, new ReplaceOptions().upsert(insert)));
    }

    private static Document versionedDocument(Versioned w) {
        return new Document(w.document()).append("_id", w.id()).append("version", w.version());
    }

    /**
     * The filter {@code {_id: id, versionField: version}} as one plain document: the driver's {@code Filters.and}
     * renders {@code $and}, which the embedded server does not match against an index.
     */
    public static Bson guard(Object id, String versionField, Object version) {
        return new Document("_id", id).append(versionField, version);
    }
}
