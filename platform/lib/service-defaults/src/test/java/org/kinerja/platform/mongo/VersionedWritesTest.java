package org.kinerja.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes that only move a document forward in its version, one at a time and a poll at a time. */
class VersionedWritesTest {

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> scores;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        scores = VersionedWrites.collection(client.getDatabase("scoring"), "scores", "version");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    private static VersionedWrites.Versioned score(String id, long version, int reports) {
        return new VersionedWrites.Versioned(id, version, new Document("reports", reports));
    }

    private int reportsOf(String id) {
        return scores.find(new Document("_id", id)).first().getInteger("reports");
    }

    @Test
    void aPollKeepsEachIdsNewestAndNeverGoesBackInTime() {
        VersionedWrites.upsertAllIfNewer(scores, List.of(score("a", 1, 1), score("a", 3, 3), score("a", 2, 2),
                score("b", 1, 1)));
        assertThat(reportsOf("a")).isEqualTo(3);
        assertThat(reportsOf("b")).isEqualTo(1);
        // A replay of older versions beside one newer one: only the newer one is written.
        VersionedWrites.upsertAllIfNewer(scores, List.of(score("a", 2, 2), score("b", 4, 4), score("a", 3, 99)));
        assertThat(reportsOf("a")).isEqualTo(3);
        assertThat(reportsOf("b")).isEqualTo(4);
        assertThat(scores.countDocuments()).isEqualTo(2);
    }

    @Test
    void aGuardThatMissesIsDecidedAgainOnWhatIsStored() {
        MongoJson.upsertIfNewer(scores, "a", new Document("reports", 5), 5);
        // Someone else stored version 6 between this writer's read (version 5) and its write.
        boolean wrote = VersionedWrites.writeIfNewer(scores, "a", "version", 7, true, (filter, insert) -> {
            scores.replaceOne(new Document("_id", "a"), new Document("reports", 6).append("version", 6));
            return scores.replaceOne(filter, new Document("reports", 7).append("version", 7),
                    new ReplaceOptions().upsert(insert));
        });
        assertThat(wrote).isTrue();
        assertThat(reportsOf("a")).isEqualTo(7);
        assertThat(MongoJson.upsertIfNewer(scores, "a", new Document("reports", 1), 1)).isFalse();
        assertThat(reportsOf("a")).isEqualTo(7);
    }
}
