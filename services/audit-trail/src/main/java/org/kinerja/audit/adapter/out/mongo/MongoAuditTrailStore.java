package org.kinerja.audit.adapter.out.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.kinerja.audit.application.AuditQuery;
import org.kinerja.audit.application.AuditTrailStore;
import org.kinerja.contracts.events.AuditDigestSigned;
import org.kinerja.contracts.events.AuditEntryRecorded;
import org.kinerja.platform.mongo.MongoJson;

/**
 * The trail in MongoDB: one document per entry ({@code _id} its sequence) and per digest ({@code _id} its number),
 * each the event's data as it is on the topic, so what verification reads back is what was hashed. Indexed for the
 * readers' filters; {@code decidedAtMillis} makes time ranges compare as numbers, not as ISO strings.
 */
public final class MongoAuditTrailStore implements AuditTrailStore {

    static final String ENTRIES = "audit_entries";
    static final String DIGESTS = "audit_digests";

    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> digests;

    public MongoAuditTrailStore(MongoDatabase database) {
        this.entries = database.getCollection(ENTRIES);
        this.digests = database.getCollection(DIGESTS);
        entries.createIndex(Indexes.ascending("employeeId", "_id"));
        entries.createIndex(Indexes.ascending("agencyId", "_id"));
        entries.createIndex(Indexes.ascending("kind", "_id"));
        entries.createIndex(Indexes.ascending("decidedAtMillis"));
    }

    @Override
    public boolean recordEntry(AuditEntryRecorded entry) {
        return MongoJson.insertOnce(entries, MongoJson.toDocument(entry).append("_id", entry.sequence())
                .append("decidedAtMillis", entry.decidedAt().toEpochMilli()));
    }

    @Override
    public boolean recordDigest(AuditDigestSigned digest) {
        return MongoJson.insertOnce(digests, MongoJson.toDocument(digest).append("_id", digest.number()));
    }

    @Override
    public List<AuditEntryRecorded> find(AuditQuery query) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.gt("_id", query.afterSequence())));
        if (query.employeeId() != null) {
            filters.add(Filters.eq("employeeId", query.employeeId()));
        }
        if (query.agencyId() != null) {
            filters.add(Filters.eq("agencyId", query.agencyId()));
        }
        if (query.kind() != null) {
            filters.add(query.kind().contains(".") ? Filters.eq("kind", query.kind())
                    : Filters.regex("kind", "^" + java.util.regex.Pattern.quote(query.kind() + ".")));
        }
        if (query.from() != null) {
            filters.add(Filters.gte("decidedAtMillis", query.from().toEpochMilli()));
        }
        if (query.to() != null) {
            filters.add(Filters.lt("decidedAtMillis", query.to().toEpochMilli()));
        }
        List<AuditEntryRecorded> found = new ArrayList<>();
        entries.find(Filters.and(filters)).sort(Sorts.ascending("_id")).limit(query.limit())
                .forEach(document -> found.add(MongoJson.fromDocument(document, AuditEntryRecorded.class)));
        return found;
    }

    @Override
    public void forEachEntryInOrder(Consumer<AuditEntryRecorded> consumer) {
        entries.find().sort(Sorts.ascending("_id"))
                .forEach(document -> consumer.accept(MongoJson.fromDocument(document, AuditEntryRecorded.class)));
    }

    @Override
    public List<AuditDigestSigned> digestsInOrder() {
        return MongoJson.findAll(digests, new Document(), Sorts.ascending("_id"), AuditDigestSigned.class);
    }
}
