package org.kinerja.reporting.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.reporting.application.RefusedSubmissions;

/** Agencies' refused records by their place on the dead-letter topic; read newest first per agency. */
public class MongoRefusedSubmissions implements RefusedSubmissions.Store {

    public static final String REFUSED = "refused_submissions";
    /** The refusal's time as a number: ISO instants of varying precision do not sort as text. */
    private static final String ORDER = "refusedAtMillis";

    private final MongoCollection<Document> refused;

    public MongoRefusedSubmissions(MongoDatabase database) {
        this.refused = database.getCollection(REFUSED);
        refused.createIndex(Indexes.compoundIndex(Indexes.ascending("agencyId"), Indexes.descending(ORDER)));
    }

    @Override
    public void saveAll(List<RefusedSubmissions.Refusal> refusals) {
        refused.bulkWrite(refusals.stream().map(refusal -> new ReplaceOneModel<>(eq("_id", refusal.id()),
                MongoJson.toDocument(refusal).append("_id", refusal.id()).append(ORDER,
                        refusal.refusedAt().toEpochMilli()), new ReplaceOptions().upsert(true))).toList());
    }

    @Override
    public List<RefusedSubmissions.Refusal> newestOf(String agencyId, int limit) {
        List<RefusedSubmissions.Refusal> newest = new ArrayList<>();
        refused.find(eq("agencyId", agencyId)).sort(Sorts.descending(ORDER)).limit(limit)
                .forEach(d -> newest.add(MongoJson.fromDocument(d, RefusedSubmissions.Refusal.class)));
        return newest;
    }
}
