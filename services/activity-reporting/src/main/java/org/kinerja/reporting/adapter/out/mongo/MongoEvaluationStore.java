package org.kinerja.reporting.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.Outbox;
import org.kinerja.platform.mongo.VersionedWrites;
import org.kinerja.reporting.application.EvaluationStore;
import org.kinerja.reporting.domain.EvaluationPeriod;

/** Evaluation periods (one document per employee and period) and feedback, each with its outbox. */
public class MongoEvaluationStore implements EvaluationStore {

    public static final String PERIODS = "evaluation_periods";
    public static final String FEEDBACK = "feedback";

    private final MongoCollection<Document> periods;
    private final MongoCollection<Document> feedback;

    public MongoEvaluationStore(MongoDatabase database) {
        this.periods = VersionedWrites.collection(database, PERIODS, "version");
        this.feedback = database.getCollection(FEEDBACK);
        periods.createIndex(Indexes.ascending("employeeId"));
        feedback.createIndex(Indexes.ascending("employeeId", "period"));
    }

    @Override
    public Optional<EvaluationPeriod> find(String employeeId, String period) {
        return MongoJson.findOne(periods, eq("_id", employeeId + ":" + period), EvaluationPeriod.class);
    }

    @Override
    public List<EvaluationPeriod> periodsOf(String employeeId) {
        return MongoJson.findAll(periods, eq("employeeId", employeeId), Sorts.ascending("period"),
                EvaluationPeriod.class);
    }

    @Override
    public boolean save(EvaluationPeriod next, OutgoingEvent event) {
        return Outbox.saveVersioned(periods, next.employeeId() + ":" + next.period(), next, next.version(),
                List.of(event));
    }

    @Override
    public void addFeedback(Feedback entry, OutgoingEvent event) {
        feedback.insertOne(MongoJson.toDocument(entry).append("_id", entry.feedbackId())
                .append(Outbox.FIELD, List.of(Outbox.entry(event))));
    }

    @Override
    public List<Feedback> feedbackOf(String employeeId, String period) {
        Bson filter = period == null ? eq("employeeId", employeeId)
                : and(eq("employeeId", employeeId), eq("period", period));
        return MongoJson.findAll(feedback, filter, Sorts.ascending("givenAt"), Feedback.class);
    }
}
