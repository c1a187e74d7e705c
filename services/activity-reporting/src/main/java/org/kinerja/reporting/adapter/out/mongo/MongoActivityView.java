package org.kinerja.reporting.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

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

    private static final String LOGGED = "logged";

    private final MongoCollection<Document> activities;
    /**
     * The minutes each report with a time span logs, per employee and day ({@code _id} employeeId:date), so the
     * intake's daily-hours check is one look-up by id, whatever the history (the embedded MongoDB server scans for
     * any other filter).
     */
    private final MongoCollection<Document> days;

    public MongoActivityView(MongoDatabase database) {
        this.activities = VersionedWrites.collection(database, "activities", "revision");
        this.days = database.getCollection("logged_days");
        activities.createIndex(Indexes.ascending("report.employeeId", "report.activityDate"));
        if (days.estimatedDocumentCount() == 0 && activities.estimatedDocumentCount() > 0) {
            logDaysOf(MongoJson.findAll(activities, eq("retracted", false), Sorts.ascending("_id"),
                    ReportedActivity.class).stream().map(ReportedActivity::report).toList());
        }
    }

    @Override
    public void saveAll(List<ActivityReported> reports) {
        if (reports.isEmpty()) {
            return;
        }
        activities.bulkWrite(reports.stream().map(report -> new UpdateOneModel<Document>(eq("_id", report.reportId()),
                Updates.setOnInsert(MongoJson.toDocument(ReportedActivity.original(report))),
                new UpdateOptions().upsert(true))).toList(), new BulkWriteOptions().ordered(false));
        logDaysOf(reports);
    }

    /** Records the minutes of the reports with a time span under their employee's day (again changes nothing). */
    private void logDaysOf(List<ActivityReported> reports) {
        List<UpdateOneModel<Document>> logged = reports.stream().filter(r -> r.minutes().isPresent())
                .map(r -> new UpdateOneModel<Document>(eq("_id", dayId(r.employeeId(), r.activityDate())),
                        Updates.combine(Updates.addToSet(LOGGED, new Document("reportId", r.reportId())
                                .append("minutes", r.minutes().getAsLong())),
                                // the day dates the document for the retention policy's sweep
                                Updates.setOnInsert("day", r.activityDate().toString())),
                        new UpdateOptions().upsert(true)))
                .toList();
        if (!logged.isEmpty()) {
            days.bulkWrite(logged, new BulkWriteOptions().ordered(false));
        }
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
        boolean retracted = applyIfNewer(r.reportId(), r.revision(), Updates.combine(
                Updates.set("retracted", true), Updates.set("revision", r.revision()),
                Updates.set("lastReason", r.reason())));
        if (retracted) {
            find(r.reportId()).ifPresent(a -> days.updateOne(eq("_id", dayId(a.report().employeeId(),
                    a.report().activityDate())), Updates.pull(LOGGED, new Document("reportId", r.reportId()))));
        }
    }

    /** A change to a stored report, only over an older revision (a report not stored yet is not created). */
    private boolean applyIfNewer(String reportId, long revision, Bson change) {
        return VersionedWrites.writeIfNewer(activities, reportId, "revision", revision, false,
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
        Document logged = days.find(eq("_id", dayId(employeeId, day))).first();
        return logged == null ? 0 : logged.getList(LOGGED, Document.class).stream()
                .filter(entry -> !entry.getString("reportId").equals(exceptReportId))
                .mapToLong(entry -> entry.get("minutes", Number.class).longValue()).sum();
    }

    private static String dayId(String employeeId, LocalDate day) {
        return employeeId + ":" + day;
    }

    /** The quantity as the view stores numbers (the same JSON mapping as the report itself). */
    private record Quantity(java.math.BigDecimal value) {
    }
}
