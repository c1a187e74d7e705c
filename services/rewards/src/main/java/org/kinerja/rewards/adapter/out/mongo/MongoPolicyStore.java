package org.kinerja.rewards.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.kinerja.contracts.events.RewardsPolicyPublished;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.Outbox;
import org.kinerja.rewards.application.PolicyEvents;
import org.kinerja.rewards.application.PolicyStore;
import org.kinerja.rewards.domain.RewardsPolicy;

/**
 * Policy versions (one document each, in their published form, id {@code <region>:<version>}, never changed) and the
 * version pinned for each period ({@code <period>}), both with their outboxes.
 */
public class MongoPolicyStore implements PolicyStore {

    public static final String POLICIES = "policies";
    public static final String PINS = "period_policies";

    private final MongoCollection<Document> policies;
    private final MongoCollection<Document> pins;

    public MongoPolicyStore(MongoDatabase database) {
        this.policies = database.getCollection(POLICIES);
        this.pins = database.getCollection(PINS);
    }

    @Override
    public List<RewardsPolicy> all() {
        return MongoJson.findAll(policies, Filters.empty(), Sorts.ascending("version"), RewardsPolicyPublished.class)
                .stream().map(PolicyEvents::fromEvent).toList();
    }

    @Override
    public boolean add(RewardsPolicy policy, OutgoingEvent event) {
        RewardsPolicyPublished published = org.kinerja.contracts.EventJson.read(event.data(),
                RewardsPolicyPublished.class);
        try {
            policies.updateOne(Filters.and(eq("_id", policy.regionId() + ":" + policy.version()),
                    Filters.exists("version", false)), Outbox.stateAndEvents(published, List.of(event)),
                    new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<Long> pinned(String period) {
        return Optional.ofNullable(pins.find(eq("_id", period)).first()).map(d -> d.get("policyVersion",
                Number.class).longValue());
    }

    @Override
    public long pin(String period, long version, Optional<OutgoingEvent> audit) {
        if (audit.isPresent()) {
            pins.updateOne(eq("_id", period), Updates.combine(Updates.set("policyVersion", version),
                    Updates.push(Outbox.FIELD, Outbox.entry(audit.get()))), new UpdateOptions().upsert(true));
            return version;
        }
        try {
            pins.updateOne(Filters.and(eq("_id", period), Filters.exists("policyVersion", false)),
                    Updates.set("policyVersion", version), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        return pinned(period).orElse(version);
    }
}
