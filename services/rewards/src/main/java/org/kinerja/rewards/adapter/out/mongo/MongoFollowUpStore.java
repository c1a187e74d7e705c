package org.kinerja.rewards.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.Outbox;
import org.kinerja.platform.mongo.VersionedWrites;
import org.kinerja.rewards.application.FollowUpStore;
import org.kinerja.rewards.domain.FollowUp;

/** Follow-ups in MongoDB with their outbox; the version guard makes redelivered evaluations harmless. */
public class MongoFollowUpStore implements FollowUpStore {

    public static final String FOLLOW_UPS = "follow_ups";

    private final MongoCollection<Document> followUps;

    public MongoFollowUpStore(MongoDatabase database) {
        this.followUps = VersionedWrites.collection(database, FOLLOW_UPS, "evaluationVersion");
        followUps.createIndex(Indexes.ascending("employeeId"));
    }

    @Override
    public Optional<FollowUp> find(String followUpId) {
        return MongoJson.findOne(followUps, eq("_id", followUpId), FollowUp.class);
    }

    @Override
    public boolean saveIfNewer(FollowUp followUp, Optional<OutgoingEvent> event) {
        Bson change = Outbox.stateAndEvents(followUp, event.stream().toList());
        return VersionedWrites.writeIfNewer(followUps, followUp.followUpId(), "evaluationVersion",
                followUp.evaluationVersion(), true,
                (filter, insert) -> followUps.updateOne(filter, change, new UpdateOptions().upsert(insert)));
    }

    @Override
    public List<FollowUp> ofEmployee(String employeeId) {
        return MongoJson.findAll(followUps, eq("employeeId", employeeId), Sorts.ascending("period"), FollowUp.class);
    }
}
