package org.kinerja.reporting.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.Outbox;
import org.kinerja.reporting.application.ManageObjection;
import org.kinerja.reporting.domain.Objection;

/** Objections, one per employee and annual evaluation, each with its outbox. */
public class MongoObjectionStore implements ManageObjection.ObjectionStore {

    public static final String OBJECTIONS = "objections";

    private final MongoCollection<Document> objections;

    public MongoObjectionStore(MongoDatabase database) {
        this.objections = database.getCollection(OBJECTIONS);
    }

    @Override
    public Optional<Objection> find(String objectionId) {
        return MongoJson.findOne(objections, eq("_id", objectionId), Objection.class);
    }

    @Override
    public boolean save(Objection next, OutgoingEvent event) {
        try {
            UpdateResult result = objections.updateOne(and(eq("_id", next.objectionId()),
                    eq("version", next.version() - 1)), Outbox.stateAndEvents(next, List.of(event)),
                    new UpdateOptions().upsert(next.version() == 1));
            return result.getMatchedCount() == 1 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
