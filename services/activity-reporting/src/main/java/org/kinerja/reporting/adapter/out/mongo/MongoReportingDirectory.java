package org.kinerja.reporting.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.nin;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.VersionedWrites;
import org.kinerja.reporting.application.ReportingDirectory;
import org.kinerja.reporting.domain.ReportRules.ApprovedIndicator;
import org.kinerja.reporting.domain.ReportRules.KnownEmployee;

/** The projections in MongoDB, replaced by id so that a redelivered event changes nothing. */
public class MongoReportingDirectory implements ReportingDirectory {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> employees;
    private final MongoCollection<Document> indicators;

    public MongoReportingDirectory(MongoDatabase database) {
        this.employees = VersionedWrites.collection(database, "registry_employees", "version");
        this.indicators = database.getCollection("approved_indicators");
        indicators.createIndex(com.mongodb.client.model.Indexes.ascending("employeeId", "year"));
        employees.createIndex(com.mongodb.client.model.Indexes.ascending("penilaiId"));
        employees.createIndex(com.mongodb.client.model.Indexes.ascending("atasanPenilaiId"));
    }

    @Override
    public List<KnownEmployee> overseenBy(String penilaiId) {
        return MongoJson.findAll(employees, com.mongodb.client.model.Filters.or(eq("penilaiId", penilaiId),
                eq("atasanPenilaiId", penilaiId)), com.mongodb.client.model.Sorts.ascending("_id"),
                KnownEmployee.class);
    }

    @Override
    public Optional<KnownEmployee> findEmployee(String employeeId) {
        return MongoJson.findOne(employees, eq("_id", employeeId), KnownEmployee.class);
    }

    @Override
    public void saveEmployee(KnownEmployee employee) {
        MongoJson.upsertIfNewer(employees, employee.employeeId(), employee, employee.version());
    }

    @Override
    public Optional<ApprovedIndicator> findIndicator(String indicatorId) {
        return MongoJson.findOne(indicators, eq("_id", indicatorId), ApprovedIndicator.class);
    }

    @Override
    public boolean hasApprovedPlan(String employeeId, int year) {
        return indicators.find(and(eq("employeeId", employeeId), eq("year", year))).limit(1).first() != null;
    }

    @Override
    public void replaceApprovedIndicators(String planId, List<ApprovedIndicator> approved) {
        indicators.deleteMany(and(eq("planId", planId),
                nin("_id", approved.stream().map(ApprovedIndicator::indicatorId).toList())));
        if (approved.isEmpty()) {
            return;
        }
        indicators.bulkWrite(approved.stream().map(i -> new ReplaceOneModel<>(eq("_id", i.indicatorId()),
                MongoJson.toDocument(i).append("_id", i.indicatorId()), UPSERT)).toList());
    }
}
