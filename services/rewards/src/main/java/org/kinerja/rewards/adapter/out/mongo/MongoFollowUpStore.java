package org.kinerja.rewards.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.Outbox;
import org.kinerja.rewards.application.FollowUpStore;
import org.kinerja.rewards.domain.FollowUp;

/** Follow-ups in MongoDB with their outbox; the version guard makes redelivered evaluations harmless. */
public class MongoFollowUpStore implements FollowUpStore {

    public static final String FOLLOW_UPS = "follow_ups";

    private final MongoCollection<Document> followUps;

    public MongoFollowUpStore(MongoDatabase database) {
        this.followUps = database.getCollection(FOLLOW_UPS);
        followUps.createIndex(Indexes.ascending("employeeId"));
    }

    @Override
    public Optional<FollowUp> find(String followUpId) {
        return MongoJson.findOne(followUps, eq("_id", followUpId), FollowUp.class);
    }

    @Override
    public boolean saveIfNewer(FollowUp followUp, Optional<OutgoingEvent> event) {
        try {
            UpdateResult result = followUps.updateOne(and(eq("_id", followUp.followUpId()),
                    lt("evaluationVersion", followUp.evaluationVersion())),
                    Outbox.stateAndEvents(followUp, event.stream().toList()), new UpdateOptions().upsert(true));
            return result.getModifiedCount() == 1 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<FollowUp> ofEmployee(String employeeId) {
        return MongoJson.findAll(followUps, eq("employeeId", employeeId), Sorts.ascending("period"), FollowUp.class);
    }
}
