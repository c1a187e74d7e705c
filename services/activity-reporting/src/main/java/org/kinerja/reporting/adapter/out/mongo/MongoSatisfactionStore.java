package org.kinerja.reporting.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.kinerja.contracts.events.PublicSatisfactionRecorded;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.Outbox;
import org.kinerja.reporting.application.RecordPublicSatisfaction;

/** Survey figures by survey id (unit, employee, month), each with its outbox. */
public class MongoSatisfactionStore implements RecordPublicSatisfaction.SatisfactionStore {

    public static final String SURVEYS = "public_satisfaction";

    private final MongoCollection<Document> surveys;

    public MongoSatisfactionStore(MongoDatabase database) {
        this.surveys = database.getCollection(SURVEYS);
    }

    @Override
    public void save(PublicSatisfactionRecorded record, OutgoingEvent event) {
        surveys.updateOne(eq("_id", record.surveyId()), Outbox.stateAndEvents(record, List.of(event)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public List<PublicSatisfactionRecorded> ofAgency(String agencyId, String period) {
        return MongoJson.findAll(surveys, and(eq("agencyId", agencyId), eq("period", period)),
                Sorts.ascending("unitId"), PublicSatisfactionRecorded.class);
    }
}
