package org.kinerja.platform.parking;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The parked records of a service, in its own MongoDB database (collection {@code parked_records}). A record is claimed
 * for a short lease before it is tried again, so two instances of a service (or a release and the sweep) never try the
 * same record at once; a lease that runs out (the instance died while trying) frees the record for the next sweep.
 */
public class ParkingStore {

    static final String COLLECTION = "parked_records";
    private static final Duration LEASE = Duration.ofMinutes(1);

    private final MongoCollection<Document> parked;

    public ParkingStore(MongoDatabase database) {
        this.parked = database.getCollection(COLLECTION);
        parked.createIndex(Indexes.ascending("awaits"), new IndexOptions().name("awaits"));
        parked.createIndex(Indexes.ascending("nextTry"), new IndexOptions().name("nextTry"));
    }

    /** Parks a record; false if it is parked already (the same record read again after a restart). */
    boolean park(ParkedRecord record, Instant nextTry) {
        try {
            parked.insertOne(toDocument(record).append("nextTry", Date.from(nextTry))
                    .append("claimedUntil", Date.from(Instant.EPOCH)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** The record, claimed for a lease, unless another try of it is under way. */
    Optional<ParkedRecord> claim(String id, Instant now) {
        Document claimed = parked.findOneAndUpdate(and(eq("_id", id), lte("claimedUntil", Date.from(now))),
                Updates.set("claimedUntil", Date.from(now.plus(LEASE))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(ParkingStore::fromDocument);
    }

    /** Ids of the records that await the key. */
    List<String> awaiting(String key) {
        return ids(parked.find(eq("awaits", key)).projection(Projections.include("_id")));
    }

    /** Ids of the records whose next try is due, oldest first. */
    List<String> due(Instant now, int limit) {
        return ids(parked.find(lte("nextTry", Date.from(now))).sort(Indexes.ascending("nextTry")).limit(limit)
                .projection(Projections.include("_id")));
    }

    /** Parks a claimed record again, now awaiting {@code awaits}, and frees the claim. */
    void repark(String id, String awaits, String reason, int attempts, Instant nextTry) {
        parked.updateOne(eq("_id", id), Updates.combine(Updates.set("awaits", awaits), Updates.set("reason", reason),
                Updates.set("attempts", attempts), Updates.set("nextTry", Date.from(nextTry)),
                Updates.set("claimedUntil", Date.from(Instant.EPOCH))));
    }

    void remove(String id) {
        parked.deleteOne(eq("_id", id));
    }

    /** Every key some record awaits. */
    Set<String> awaitedKeys() {
        Set<String> keys = new HashSet<>();
        parked.distinct("awaits", String.class).into(keys);
        return keys;
    }

    long count() {
        return parked.countDocuments();
    }

    private static List<String> ids(Iterable<Document> documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    private static Document toDocument(ParkedRecord r) {
        List<Document> headers = r.headers().stream().map(h -> new Document("name", h.name())
                .append("value", h.value() == null ? null : new Binary(h.value()))).toList();
        return new Document("_id", r.id()).append("lane", r.lane()).append("awaits", r.awaits())
                .append("reason", r.reason()).append("parkedAt", Date.from(r.parkedAt()))
                .append("deadline", Date.from(r.deadline())).append("attempts", r.attempts())
                .append("topic", r.topic()).append("partition", r.partition()).append("offset", r.offset())
                .append("timestamp", r.timestamp()).append("key", r.key())
                .append("value", r.value() == null ? null : new Binary(r.value())).append("headers", headers);
    }

    private static ParkedRecord fromDocument(Document d) {
        List<ParkedRecord.RawHeader> headers = d.getList("headers", Document.class).stream()
                .map(h -> new ParkedRecord.RawHeader(h.getString("name"), bytes(h.get("value")))).toList();
        return new ParkedRecord(d.getString("_id"), d.getString("lane"), d.getString("awaits"), d.getString("reason"),
                d.getDate("parkedAt").toInstant(), d.getDate("deadline").toInstant(), d.getInteger("attempts"),
                d.getString("topic"), d.getInteger("partition"), d.getLong("offset"), d.getLong("timestamp"),
                d.getString("key"), bytes(d.get("value")), headers);
    }

    private static byte[] bytes(Object value) {
        return value instanceof Binary binary ? binary.getData() : null;
    }
}
