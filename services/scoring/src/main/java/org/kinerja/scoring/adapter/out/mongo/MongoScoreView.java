package org.kinerja.scoring.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.contracts.events.UnitScoreUpdated;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.VersionedWrites;
import org.kinerja.scoring.application.AgencySakip;
import org.kinerja.scoring.application.EmployeeOversight;
import org.kinerja.scoring.application.ScoreView;

/**
 * The read model in MongoDB: one document per employee and period ({@code scores}) and per unit and period
 * ({@code unit_scores}), and each agency's graded SAKIP per year ({@code agency_sakip}). Writes are upserts guarded by the version: they only replace an older version; when a newer
 * one is stored, the upsert's insert collides on the id and is ignored.
 */
public class MongoScoreView implements ScoreView {

    private final MongoCollection<Document> scores;
    private final MongoCollection<Document> units;
    private final MongoCollection<Document> sakip;
    private final MongoCollection<Document> oversight;

    public MongoScoreView(MongoDatabase database) {
        this.oversight = VersionedWrites.collection(database, "employee_oversight", "version");
        this.scores = VersionedWrites.collection(database, "scores", "version");
        this.units = VersionedWrites.collection(database, "unit_scores", "version");
        this.sakip = VersionedWrites.collection(database, "agency_sakip", "version");
        scores.createIndex(Indexes.ascending("employeeId", "period"));
        units.createIndex(Indexes.ascending("agencyId", "period"));
        units.createIndex(Indexes.ascending("period"));
    }

    @Override
    public void upsert(List<ScoreUpdated> updates) {
        VersionedWrites.upsertAllIfNewer(scores, updates.stream().map(score -> new VersionedWrites.Versioned(
                Topics.scoreKey(score.employeeId(), score.period()), score.version(), MongoJson.toDocument(score)))
                .toList());
    }

    @Override
    public Optional<ScoreUpdated> find(String employeeId, String period) {
        return MongoJson.findOne(scores, eq("_id", Topics.scoreKey(employeeId, period)), ScoreUpdated.class);
    }

    @Override
    public List<ScoreUpdated> ofEmployee(String employeeId) {
        return MongoJson.findAll(scores, eq("employeeId", employeeId), Sorts.ascending("period"),
                ScoreUpdated.class);
    }

    @Override
    public void upsertUnits(List<UnitScoreUpdated> updates) {
        VersionedWrites.upsertAllIfNewer(units, updates.stream().map(unit -> new VersionedWrites.Versioned(
                Topics.unitScoreKey(unit.unitId(), unit.period()), unit.version(), MongoJson.toDocument(unit)))
                .toList());
    }

    @Override
    public Optional<UnitScoreUpdated> findUnit(String unitId, String period) {
        return MongoJson.findOne(units, eq("_id", Topics.unitScoreKey(unitId, period)), UnitScoreUpdated.class);
    }

    @Override
    public List<UnitScoreUpdated> ofUnit(String unitId) {
        return MongoJson.findAll(units, eq("unitId", unitId), Sorts.ascending("period"), UnitScoreUpdated.class);
    }

    @Override
    public List<UnitScoreUpdated> unitsOfAgency(String agencyId, String period) {
        Bson agency = eq("agencyId", agencyId);
        return MongoJson.findAll(units, period == null ? agency : and(agency, eq("period", period)),
                Sorts.ascending("period", "unitId"), UnitScoreUpdated.class);
    }

    @Override
    public void upsertOversight(EmployeeOversight employee) {
        MongoJson.upsertIfNewer(oversight, employee.employeeId(), employee, employee.version());
    }

    @Override
    public Optional<EmployeeOversight> oversight(String employeeId) {
        return MongoJson.findOne(oversight, eq("_id", employeeId), EmployeeOversight.class);
    }

    @Override
    public Optional<String> agencyOfUnit(String unitId) {
        return MongoJson.findOne(oversight, eq("unitId", unitId), EmployeeOversight.class)
                .map(EmployeeOversight::agencyId)
                .or(() -> MongoJson.findOne(units, eq("unitId", unitId), UnitScoreUpdated.class)
                        .map(UnitScoreUpdated::agencyId));
    }

    @Override
    public void upsertSakip(AgencySakip evaluation) {
        MongoJson.upsertIfNewer(sakip, evaluation.agencyId() + ":" + evaluation.year(), evaluation,
                evaluation.version());
    }

    @Override
    public Optional<AgencySakip> sakip(String agencyId, int year) {
        return MongoJson.findOne(sakip, eq("_id", agencyId + ":" + year), AgencySakip.class);
    }

    @Override
    public List<UnitScoreUpdated> unitsOfRegion(String period) {
        return MongoJson.findAll(units, period == null ? Filters.empty() : eq("period", period),
                Sorts.ascending("period", "unitId"), UnitScoreUpdated.class);
    }
}
