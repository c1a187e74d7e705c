package org.kinerja.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a process killed at any moment leaves in the embedded server's H2 file: every acknowledged write, and documents
 * whose index entries agree with them. The file is copied while the server runs (what a SIGKILL leaves behind, since
 * the operating system keeps what was written) and the copy opened by a second server.
 */
class CrashConsistencyTest {

    private static final int DOCUMENTS = 20;

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedWriteIsInTheFileBeforeItIsAnswered() throws IOException {
        Path file = data.resolve("live.mv.db");
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(file, 0);
                MongoClient client = MongoClients.create(mongo.uri())) {
            MongoCollection<Document> scores = client.getDatabase("scoring").getCollection("scores");
            scores.insertOne(new Document("_id", "emp-1:2026").append("version", 1));
            scores.replaceOne(Filters.eq("_id", "emp-1:2026"), new Document("version", 2));

            Path leftBehind = Files.copy(file, data.resolve("killed.mv.db"));
            try (EmbeddedMongo restarted = EmbeddedMongo.persistent(leftBehind, 0);
                    MongoClient reader = MongoClients.create(restarted.uri())) {
                assertThat(reader.getDatabase("scoring").getCollection("scores").find().first())
                        .isEqualTo(new Document("_id", "emp-1:2026").append("version", 2));
            }
        }
    }

    @Test
    void aFileLeftBehindMidLoadHasEveryDocumentFoundByItsVersionIndex() throws Exception {
        Path file = data.resolve("live.mv.db");
        List<Path> snapshots = new ArrayList<>();
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(file, 0);
                MongoClient client = MongoClients.create(mongo.uri())) {
            MongoCollection<Document> scores = client.getDatabase("scoring").getCollection("scores");
            scores.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
            for (int i = 0; i < DOCUMENTS; i++) {
                scores.insertOne(new Document("_id", "emp-" + i).append("version", 0));
            }
            AtomicBoolean load = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                running.add(writers.submit(() -> moveVersionsForward(scores, writer, load)));
            }
            for (int s = 0; s < 8; s++) {
                Thread.sleep(150);
                snapshots.add(Files.copy(file, data.resolve("killed-" + s + ".mv.db")));
            }
            load.set(false);
            for (Future<?> writer : running) {
                writer.get();
            }
            writers.shutdown();
        }
        for (Path snapshot : snapshots) {
            try (EmbeddedMongo restarted = EmbeddedMongo.persistent(snapshot, 0);
                    MongoClient reader = MongoClients.create(restarted.uri())) {
                MongoCollection<Document> scores = reader.getDatabase("scoring").getCollection("scores");
                List<Document> all = scores.find().into(new ArrayList<>());
                assertThat(all).as("documents in %s", snapshot.getFileName()).hasSize(DOCUMENTS);
                for (Document document : all) {
                    Document byIndex = new Document("_id", document.get("_id"))
                            .append("version", document.get("version"));
                    assertThat(scores.find(byIndex).first()).as("%s found by its (_id, version) index entry",
                            byIndex).isEqualTo(document);
                }
            }
        }
    }

    /** Version-guarded replacements, as the read models write: each only applies to the version it read. */
    private static void moveVersionsForward(MongoCollection<Document> scores, int writer, AtomicBoolean load) {
        int n = 0;
        while (load.get()) {
            String id = "emp-" + (writer + 4 * (n++ % (DOCUMENTS / 4)));
            Document stored = scores.find(Filters.eq("_id", id)).first();
            long version = ((Number) stored.get("version")).longValue();
            scores.replaceOne(new Document("_id", id).append("version", version),
                    new Document("version", version + 1).append("payload", "x".repeat(200)));
        }
    }
}
