package org.kinerja.planning.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.kinerja.planning.application.PlanStore;
import org.kinerja.planning.domain.Skp;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.Outbox;
import org.kinerja.platform.mongo.VersionedWrites;

/** Plans in MongoDB, one document each, with an outbox; updates are compare-and-set on the version. */
public class MongoPlanStore implements PlanStore {

    public static final String PLANS = "plans";

    private final MongoCollection<Document> plans;

    public MongoPlanStore(MongoDatabase database) {
        this.plans = VersionedWrites.collection(database, PLANS, "version");
        plans.createIndex(Indexes.ascending("employeeId"));
    }

    @Override
    public boolean insert(Skp plan, OutgoingEvent created) {
        return MongoJson.insertOnce(plans, MongoJson.toDocument(plan).append("_id", plan.planId())
                .append(Outbox.FIELD, List.of(Outbox.entry(created))));
    }

    @Override
    public Optional<Skp> find(String planId) {
        return MongoJson.findOne(plans, eq("_id", planId), Skp.class);
    }

    @Override
    public List<Skp> ofEmployee(String employeeId) {
        return MongoJson.findAll(plans, eq("employeeId", employeeId), Sorts.ascending("year"), Skp.class);
    }

    @Override
    public boolean update(Skp next, List<OutgoingEvent> events) {
        return Outbox.saveVersioned(plans, next.planId(), next, next.version(), events);
    }
}
