package org.kinerja.reporting.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.Outbox;
import org.kinerja.platform.mongo.VersionedWrites;
import org.kinerja.reporting.application.ManageObjection;
import org.kinerja.reporting.domain.Objection;

/** Objections, one per employee and annual evaluation, each with its outbox. */
public class MongoObjectionStore implements ManageObjection.ObjectionStore {

    public static final String OBJECTIONS = "objections";

    private final MongoCollection<Document> objections;

    public MongoObjectionStore(MongoDatabase database) {
        this.objections = VersionedWrites.collection(database, OBJECTIONS, "version");
    }

    @Override
    public Optional<Objection> find(String objectionId) {
        return MongoJson.findOne(objections, eq("_id", objectionId), Objection.class);
    }

    @Override
    public boolean save(Objection next, OutgoingEvent event) {
        return Outbox.saveVersioned(objections, next.objectionId(), next, next.version(), List.of(event));
    }
}
