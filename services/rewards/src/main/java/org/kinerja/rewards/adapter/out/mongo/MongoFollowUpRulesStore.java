package org.kinerja.rewards.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.Outbox;
import org.kinerja.platform.mongo.VersionedWrites;
import org.kinerja.rewards.application.FollowUpRecords.PredicateRecord;
import org.kinerja.rewards.application.FollowUpRecords.Reward;
import org.kinerja.rewards.application.FollowUpRecords.TrainingNeed;
import org.kinerja.rewards.application.FollowUpRecords.UnitStandings;
import org.kinerja.rewards.application.FollowUpRulesStore;
import org.kinerja.rewards.domain.CoachingCase;
import org.kinerja.rewards.domain.UnitPattern;

/**
 * The follow-up rules' documents: {@code predicates} (version-guarded by the score), {@code rewards},
 * {@code unit_standings}, {@code coaching_cases} and {@code training_needs} (compare-and-set on their version, events
 * in their outbox).
 */
public class MongoFollowUpRulesStore implements FollowUpRulesStore {

    public static final String REWARDS = "rewards";
    public static final String CASES = "coaching_cases";
    public static final String NEEDS = "training_needs";

    private final MongoCollection<Document> predicates;
    private final MongoCollection<Document> rewards;
    private final MongoCollection<Document> standings;
    private final MongoCollection<Document> patterns;
    private final MongoCollection<Document> cases;
    private final MongoCollection<Document> needs;

    public MongoFollowUpRulesStore(MongoDatabase database) {
        this.predicates = VersionedWrites.collection(database, "predicates", "version");
        this.rewards = VersionedWrites.collection(database, REWARDS, "version");
        this.standings = VersionedWrites.collection(database, "unit_standings", "version");
        this.patterns = VersionedWrites.collection(database, "unit_patterns", "version");
        this.cases = VersionedWrites.collection(database, CASES, "version");
        this.needs = VersionedWrites.collection(database, NEEDS, "version");
        rewards.createIndex(Indexes.ascending("employeeId"));
        rewards.createIndex(Indexes.ascending("unitId", "period"));
        cases.createIndex(Indexes.ascending("employeeId", "status"));
        cases.createIndex(Indexes.ascending("agencyId"));
        needs.createIndex(Indexes.ascending("employeeId", "period"));
        needs.createIndex(Indexes.ascending("unitId", "period"));
    }

    @Override
    public Optional<PredicateRecord> predicate(String employeeId, String period) {
        return MongoJson.findOne(predicates, eq("_id", employeeId + ":" + period), PredicateRecord.class);
    }

    @Override
    public boolean savePredicate(PredicateRecord record) {
        return MongoJson.upsertIfNewer(predicates, record.id(), record, record.scoreVersion());
    }

    @Override
    public Optional<Reward> reward(String rewardId) {
        return MongoJson.findOne(rewards, eq("_id", rewardId), Reward.class);
    }

    @Override
    public boolean saveReward(Reward reward, OutgoingEvent event) {
        return Outbox.saveVersioned(rewards, reward.rewardId(), reward, reward.version(), List.of(event));
    }

    @Override
    public List<Reward> rewardsOfEmployee(String employeeId) {
        return MongoJson.findAll(rewards, eq("employeeId", employeeId), Sorts.ascending("period", "_id"),
                Reward.class);
    }

    @Override
    public List<Reward> rewardsOfUnit(String unitId, String period) {
        return MongoJson.findAll(rewards, and(eq("unitId", unitId), eq("period", period)), Sorts.ascending("_id"),
                Reward.class);
    }

    @Override
    public Optional<UnitPattern> pattern(String unitId, String period) {
        return MongoJson.findOne(patterns, eq("_id", UnitPattern.idOf(unitId, period)), UnitPattern.class);
    }

    @Override
    public boolean savePattern(UnitPattern pattern) {
        return Outbox.saveVersioned(patterns, pattern.id(), pattern, pattern.version(), List.of());
    }

    @Override
    public Optional<UnitStandings> standings(String unitId, String period) {
        return MongoJson.findOne(standings, eq("_id", unitId + ":" + period), UnitStandings.class);
    }

    @Override
    public boolean saveStandings(UnitStandings unit) {
        return Outbox.saveVersioned(standings, unit.id(), unit, unit.version(), List.of());
    }

    @Override
    public Optional<CoachingCase> coachingCase(String caseId) {
        return MongoJson.findOne(cases, eq("_id", caseId), CoachingCase.class);
    }

    @Override
    public Optional<CoachingCase> openCaseOf(String employeeId) {
        return MongoJson.findOne(cases, and(eq("employeeId", employeeId), eq("status", "OPEN")), CoachingCase.class);
    }

    @Override
    public boolean saveCase(CoachingCase coachingCase, OutgoingEvent event) {
        return Outbox.saveVersioned(cases, coachingCase.caseId(), coachingCase, coachingCase.version(),
                List.of(event));
    }

    @Override
    public List<CoachingCase> casesOfEmployee(String employeeId) {
        return MongoJson.findAll(cases, eq("employeeId", employeeId), Sorts.ascending("openedOn"),
                CoachingCase.class);
    }

    @Override
    public List<CoachingCase> casesOfEmployees(java.util.Collection<String> employeeIds) {
        return employeeIds.isEmpty() ? List.of() : MongoJson.findAll(cases, in("employeeId", employeeIds),
                Sorts.ascending("reviewDue"), CoachingCase.class);
    }

    @Override
    public List<CoachingCase> casesOfAgency(String agencyId) {
        return MongoJson.findAll(cases, eq("agencyId", agencyId), Sorts.ascending("reviewDue"), CoachingCase.class);
    }

    @Override
    public List<TrainingNeed> needsOf(String employeeId, String period, Set<String> topics) {
        // By id, so the embedded MongoDB server answers from its index whatever the history.
        return MongoJson.findAll(needs, in("_id", topics.stream().map(topic -> TrainingNeed.idFor(employeeId, period,
                topic)).toList()), Sorts.ascending("_id"), TrainingNeed.class);
    }

    @Override
    public boolean saveNeed(TrainingNeed need, OutgoingEvent event) {
        return Outbox.saveVersioned(needs, need.needId(), need, need.version(), List.of(event));
    }

    @Override
    public List<Reward> rewardsIn(String period) {
        return MongoJson.findAll(rewards, eq("period", period), Sorts.ascending("_id"), Reward.class);
    }

    @Override
    public List<TrainingNeed> needsIn(String period) {
        return MongoJson.findAll(needs, eq("period", period), Sorts.ascending("_id"), TrainingNeed.class);
    }

    @Override
    public List<CoachingCase> allCases() {
        return MongoJson.findAll(cases, com.mongodb.client.model.Filters.empty(), Sorts.ascending("_id"),
                CoachingCase.class);
    }

    @Override
    public List<TrainingNeed> needsOfUnit(String unitId, String period) {
        return MongoJson.findAll(needs, and(eq("unitId", unitId), eq("period", period)),
                Sorts.ascending("topic", "employeeId"), TrainingNeed.class);
    }
}
