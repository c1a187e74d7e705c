package org.kinerja.reporting.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.kinerja.contracts.events.ActivityCorrected;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.ActivityRetracted;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.VersionedWrites;
import org.kinerja.reporting.application.ActivityView;
import org.kinerja.reporting.application.ReportedActivity;

/**
 * Accepted reports by id, as read back from reporting.activities.v1: the report (with its latest correction), its
 * revision, and whether it was retracted. Corrections and retractions only ever move a report to a newer revision.
 */
public class MongoActivityView implements ActivityView {

    private final MongoCollection<Document> activities;

    public MongoActivityView(MongoDatabase database) {
        this.activities = VersionedWrites.collection(database, "activities", "revision");
        activities.createIndex(Indexes.ascending("report.employeeId", "report.activityDate"));
    }

    @Override
    public void saveAll(List<ActivityReported> reports) {
        if (reports.isEmpty()) {
            return;
        }
        activities.bulkWrite(reports.stream().map(report -> new UpdateOneModel<Document>(eq("_id", report.reportId()),
                Updates.setOnInsert(MongoJson.toDocument(ReportedActivity.original(report))),
                new UpdateOptions().upsert(true))).toList(), new BulkWriteOptions().ordered(false));
    }

    @Override
    public void apply(ActivityCorrected c) {
        applyIfNewer(c.reportId(), c.revision(), Updates.combine(
                Updates.set("report.quantity", MongoJson.toDocument(new Quantity(c.quantity())).get("value")),
                Updates.set("report.description", c.description()),
                Updates.set("report.evidenceUrl", c.evidenceUrl()),
                Updates.set("revision", c.revision()),
                Updates.set("lastReason", c.reason())));
    }

    @Override
    public void apply(ActivityRetracted r) {
        applyIfNewer(r.reportId(), r.revision(), Updates.combine(
                Updates.set("retracted", true), Updates.set("revision", r.revision()),
                Updates.set("lastReason", r.reason())));
    }

    /** A change to a stored report, only over an older revision (a report not stored yet is not created). */
    private void applyIfNewer(String reportId, long revision, Bson change) {
        VersionedWrites.writeIfNewer(activities, reportId, "revision", revision, false,
                (filter, insert) -> activities.updateOne(filter, change));
    }

    @Override
    public Optional<ReportedActivity> find(String reportId) {
        return MongoJson.findOne(activities, eq("_id", reportId), ReportedActivity.class);
    }

    @Override
    public List<ReportedActivity> ofEmployee(String employeeId) {
        return MongoJson.findAll(activities, eq("report.employeeId", employeeId),
                Sorts.ascending("report.activityDate"), ReportedActivity.class);
    }

    @Override
    public long minutesLogged(String employeeId, LocalDate day, String exceptReportId) {
        return MongoJson.findAll(activities, and(eq("report.employeeId", employeeId),
                eq("report.activityDate", day.toString()), eq("retracted", false), ne("_id", exceptReportId)),
                Sorts.ascending("_id"),
                ReportedActivity.class).stream()
                .mapToLong(a -> a.report().minutes().orElse(0)).sum();
    }

    /** The quantity as the view stores numbers (the same JSON mapping as the report itself). */
    private record Quantity(java.math.BigDecimal value) {
    }
}
