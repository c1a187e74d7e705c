package org.kinerja.scoring.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.scoring.application.ScoreView;

/**
 * Scores in MongoDB, one document per employee and period. The write is an upsert guarded by the version: it only
 * replaces an older version; when a newer one is stored, the upsert's insert collides on the id and is ignored.
 */
public class MongoScoreView implements ScoreView {

    private final MongoCollection<Document> scores;

    public MongoScoreView(MongoDatabase database) {
        this.scores = database.getCollection("scores");
        scores.createIndex(Indexes.ascending("employeeId", "period"));
    }

    @Override
    public void upsert(ScoreUpdated score) {
        MongoJson.upsertIfNewer(scores, Topics.scoreKey(score.employeeId(), score.period()), score, score.version());
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
}
