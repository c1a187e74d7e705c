package org.kinerja.reporting.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.reporting.application.ActivityView;

/** Accepted reports by id, as read back from reporting.activities.v1. */
public class MongoActivityView implements ActivityView {

    private final MongoCollection<Document> activities;

    public MongoActivityView(MongoDatabase database) {
        this.activities = database.getCollection("activities");
        activities.createIndex(Indexes.ascending("employeeId", "activityDate"));
    }

    @Override
    public void save(ActivityReported report) {
        MongoJson.upsert(activities, report.reportId(), report);
    }

    @Override
    public Optional<ActivityReported> find(String reportId) {
        return MongoJson.findOne(activities, eq("_id", reportId), ActivityReported.class);
    }

    @Override
    public List<ActivityReported> ofEmployee(String employeeId) {
        return MongoJson.findAll(activities, eq("employeeId", employeeId), Sorts.ascending("activityDate"),
                ActivityReported.class);
    }
}
