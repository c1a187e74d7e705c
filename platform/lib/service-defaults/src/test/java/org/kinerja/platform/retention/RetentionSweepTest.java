package org.kinerja.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.contracts.RetentionPolicy;

/**
 * The default policy's sweep of activity reporting's collections on 3 December 2026 in Makassar: daily reports,
 * realisations and feedback of 2020 (closed 1 April 2021, five years on 1 April 2026) are erased, those of 2021 on
 * are kept; refused submissions and parked records older than 90 days are erased, whether dated as text or as BSON
 * dates; the registry's collections are not this service's to sweep.
 */
class RetentionSweepTest {

    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        database = client.getDatabase("reporting");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void erasesWhatIsPastItsPeriodAndKeepsTheRest() {
        insert("activities", "old-report", new Document("report", new Document("activityDate", "2020-12-31")));
        insert("activities", "kept-report", new Document("report", new Document("activityDate", "2021-01-04")));
        insert("logged_days", "a:2020-06-01", new Document("day", "2020-06-01"));
        insert("logged_days", "a:2025-06-01", new Document("day", "2025-06-01"));
        insert("realisations", "old-realisation", new Document("period", "2020-12"));
        insert("realisations", "kept-realisation", new Document("period", "2021-01"));
        insert("feedback", "old-feedback", new Document("period", "2020"));
        insert("feedback", "kept-feedback", new Document("period", "2021-Q1"));
        insert("refused_submissions", "old-refusal", new Document("refusedAt", "2026-08-01T10:00:00.123Z"));
        insert("refused_submissions", "kept-refusal", new Document("refusedAt", "2026-10-01T10:00:00Z"));
        insert("parked_records", "old-parked", new Document("parkedAt", Date.from(Instant.parse(
                "2026-08-01T00:00:00Z"))));
        insert("parked_records", "kept-parked", new Document("parkedAt", Date.from(NOW)));
        insert("import_jobs", "registry-job", new Document("startedAt", "2020-01-01T00:00:00Z"));

        RetentionSweep sweep = new RetentionSweep(database, RetentionPolicy.standard(), "activity-reporting",
                Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Asia/Makassar"), meters);
        Map<String, Long> erased = sweep.sweep();

        assertThat(erased).containsEntry("activities", 1L).containsEntry("logged_days", 1L)
                .containsEntry("realisations", 1L).containsEntry("feedback", 1L)
                .containsEntry("refused_submissions", 1L).containsEntry("parked_records", 1L)
                .doesNotContainKey("import_jobs");
        for (String collection : List.of("activities", "logged_days", "realisations", "feedback",
                "refused_submissions", "parked_records")) {
            assertThat(ids(collection)).as(collection).allMatch(id -> id.startsWith("kept-") || id.contains("2025"));
            assertThat(ids(collection)).as(collection).hasSize(1);
        }
        assertThat(ids("import_jobs")).containsExactly("registry-job");
        assertThat(meters.get("kinerja.retention.erased.documents").tag("kind", "daily-reports")
                .tag("collection", "activities").counter().count()).isEqualTo(1.0);
        assertThat(sweep.sweep()).as("a second sweep finds nothing more").allSatisfy((c, n) -> assertThat(n)
                .isZero());
    }

    @Test
    void aServiceThePolicyErasesNothingOfHasNoWork() {
        RetentionSweep sweep = new RetentionSweep(database, RetentionPolicy.standard(), "scoring",
                Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Asia/Makassar"), meters);
        assertThat(sweep.erasedCollections()).containsExactly("parked_records");
        RetentionSweep audit = new RetentionSweep(database, RetentionPolicy.standard(), "employee-registry",
                Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Asia/Makassar"), meters);
        assertThat(audit.erasedCollections()).containsExactlyInAnyOrder("import_jobs", "parked_records");
    }

    private void insert(String collection, String id, Document document) {
        database.getCollection(collection).insertOne(document.append("_id", id));
    }

    private List<String> ids(String collection) {
        return database.getCollection(collection).find().map(d -> d.getString("_id")).into(new java.util.ArrayList<>());
    }
}
