package org.kinerja.audit.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kinerja.audit.AuditApplication;
import org.kinerja.audit.adapter.in.cli.KinerjaAuditCommand;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.GoldenExamples;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.AuditEntryRecorded;
import org.kinerja.contracts.events.EvaluationPeriodChanged;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.EventActor;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.EmbeddedTestInfra;
import org.kinerja.platform.test.KafkaTestClient;
import org.kinerja.platform.test.ServiceUnderTest;
import org.kinerja.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail through the real broker, connected as its own principal (its ACLs): decisions of several topics
 * chained in one order with their actors and states before and after, a decision published twice chained once,
 * reports left out; who reads what; a signed digest; and verification that finds a stored entry changed, removed and
 * reordered, and a record forged onto the topic.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailIntegrationTest {

    private static final String STAFF = "199207252019032001";
    private static final String PENILAI = "198503122010011003";
    private static final String AGENCY = "dukcapil-mks";
    private static final String DATABASE = "test-audit-it";

    @TempDir
    static Path folder;

    @RegisterExtension
    static final ServiceUnderTest audit = ServiceUnderTest.of(AuditApplication::application, "audit-it",
            "kinerja.audit.generate-key=true", "kinerja.audit.digest-period=PT3S",
            "kinerja.audit.digest-check-interval=PT0.5S")
            .withStreams("audit-trail-it").asPrincipal(AuditApplication.NAME)
            .withSettings(() -> List.of("kinerja.audit.key-file=" + keyFile()));

    private static final EmbeddedTestInfra infra = EmbeddedTestInfra.shared();
    private static KafkaTestClient kafka;
    private static MongoClient mongo;

    /** The signing key, made by the service at its first start (the test's folder is there before the service). */
    private static Path keyFile() {
        return folder.resolve("keys/audit-signing-key");
    }

    @BeforeAll
    static void start() {
        kafka = audit.kafka();
        mongo = MongoClients.create(infra.mongoUri());
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    @Order(1)
    void decisionsOfEveryTopicAreChainedOnceInOneOrderWithTheirActorAndTheStateBefore() {
        EvaluationPeriodChanged rated = golden(EventType.EVALUATION_PERIOD_CHANGED, "valid-rated",
                EvaluationPeriodChanged.class);
        publish(EventType.PLAN_STATUS_CHANGED, STAFF, "plan-status:1", golden(EventType.PLAN_STATUS_CHANGED,
                "valid-revision-submitted", org.kinerja.contracts.events.PlanStatusChanged.class), null);
        publish(EventType.ACTIVITY_REPORTED, STAFF, "report:1", golden(EventType.ACTIVITY_REPORTED,
                "valid-daily-report", org.kinerja.contracts.events.ActivityReported.class), null);
        EventActor penilai = new EventActor(PENILAI, List.of("EMPLOYEE"), "0af7651916cd43dd8448eb211c80319c");
        publish(EventType.EVALUATION_PERIOD_CHANGED, STAFF, "rating:1", rated, penilai);
        publish(EventType.EVALUATION_PERIOD_CHANGED, STAFF, "rating:1", rated, penilai);
        EvaluationPeriodChanged locked = golden(EventType.EVALUATION_PERIOD_CHANGED, "valid-locked",
                EvaluationPeriodChanged.class);
        publish(EventType.EVALUATION_PERIOD_CHANGED, STAFF, "lock:1", locked, null);
        publish(EventType.OBJECTION_CHANGED, STAFF, "objection:1", golden(EventType.OBJECTION_CHANGED,
                "valid-upheld", org.kinerja.contracts.events.ObjectionChanged.class), null);

        ApiClient.Response page = audit.api().await("/api/audit/entries", TestTokens.admin(),
                r -> r.status() == 200 && r.body().path("entries").size() >= 4, Duration.ofSeconds(60));
        JsonNode entries = page.body().path("entries");
        assertThat(entries).hasSize(4);
        assertThat(entries).extracting(e -> e.path("sequence").asLong()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(entries).extracting(e -> e.path("eventId").asString())
                .containsExactly("plan-status:1", "rating:1", "lock:1", "objection:1");
        JsonNode rating = entries.get(1);
        assertThat(rating.path("kind").asString()).isEqualTo("evaluation.rated");
        assertThat(rating.path("actor").path("subject").asString()).isEqualTo(PENILAI);
        assertThat(rating.path("actor").path("roles").get(0).asString()).isEqualTo("EMPLOYEE");
        assertThat(rating.path("requestId").asString()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(rating.path("previousHash").asString()).isEqualTo(entries.get(0).path("hash").asString());
        JsonNode lock = entries.get(2);
        assertThat(lock.path("kind").asString()).isEqualTo("evaluation." + locked.status().toLowerCase()
                .replace('_', '-'));
        assertThat(lock.path("before").path("status").asString()).isEqualTo("RATED");
        assertThat(lock.path("after").path("status").asString()).isEqualTo(locked.status());
        assertThat(lock.path("actor").path("subject").asString()).as("no caller: the field naming who decided")
                .isEqualTo(locked.by());
    }

    @Test
    @Order(2)
    void theAdministratorAndTheInspectorateReadTheTrailAnEmployeeOnlyWhatIsAboutThem() {
        ApiClient api = audit.api();
        assertThat(api.get("/api/audit/entries?kind=evaluation", TestTokens.inspektorat()).body().path("entries"))
                .hasSize(2);
        assertThat(api.get("/api/audit/entries?agencyId=" + AGENCY + "&limit=2", TestTokens.admin()).body()
                .path("nextAfter").asLong()).isEqualTo(2);
        ApiClient.Response own = api.get("/api/audit/entries", TestTokens.employee(STAFF, AGENCY));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().path("entries")).hasSize(4)
                .allSatisfy(e -> assertThat(e.path("employeeId").asString()).isEqualTo(STAFF));
        assertThat(api.get("/api/audit/entries", TestTokens.employee(PENILAI, AGENCY)).body().path("entries"))
                .as("the penilai: decisions about themselves, none here").isEmpty();
        assertThat(api.get("/api/audit/entries?employeeId=" + STAFF, TestTokens.employee(PENILAI, AGENCY))
                .status()).as("another employee's entries").isEqualTo(403);
        for (String token : List.of(TestTokens.agencyAdmin(AGENCY), TestTokens.leader(),
                TestTokens.agencySystem(AGENCY))) {
            assertThat(api.get("/api/audit/entries", token).status()).isEqualTo(403);
            assertThat(api.get("/api/audit/verification", token).status()).isEqualTo(403);
        }
        assertThat(api.get("/api/audit/verification", TestTokens.employee(STAFF, AGENCY)).status()).isEqualTo(403);
        assertThat(api.get("/api/audit/entries", null).status()).isEqualTo(401);
        assertThat(api.get("/api/audit/entries?kind=Not%20A%20Kind", TestTokens.admin()).status()).isEqualTo(400);
    }

    @Test
    @Order(3)
    void aDigestIsSignedAndTheStoredTrailVerifies() {
        ApiClient api = audit.api();
        ApiClient.Response digests = api.await("/api/audit/digests", TestTokens.inspektorat(),
                r -> r.status() == 200 && r.body().size() >= 1, Duration.ofSeconds(30));
        JsonNode first = digests.body().get(0);
        assertThat(first.path("firstSequence").asLong()).isEqualTo(1);
        assertThat(first.path("lastSequence").asLong()).isEqualTo(4);
        assertThat(first.path("algorithm").asString()).isEqualTo("Ed25519");
        JsonNode verification = api.get("/api/audit/verification", TestTokens.admin()).body();
        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.path("entries").asLong()).isEqualTo(4);
        assertThat(verification.path("unsigned").asLong()).isZero();
        assertThat(verify().exit()).as(verify().output()).isZero();
    }

    @Test
    @Order(4)
    void aStoredEntryChangedRemovedOrReorderedIsFoundWhereItHappened() {
        MongoCollection<Document> stored = mongo.getDatabase(DATABASE).getCollection("audit_entries");
        Document rating = stored.find(Filters.eq("_id", 2L)).first();
        assertThat(rating).isNotNull();

        stored.updateOne(Filters.eq("_id", 2L), Updates.set("after.hasilKerjaRating", "ABOVE"));
        assertThat(brokenAt()).isEqualTo("entry 2");
        stored.replaceOne(Filters.eq("_id", 2L), rating);
        assertThat(brokenAt()).isNull();

        stored.deleteOne(Filters.eq("_id", 3L));
        JsonNode removed = audit.api().get("/api/audit/verification", TestTokens.admin()).body();
        assertThat(removed.path("firstBreak").path("at").asString()).isEqualTo("entry 4");
        assertThat(removed.path("firstBreak").path("problem").asString()).contains("missing");

        Document fourth = stored.find(Filters.eq("_id", 4L)).first();
        stored.deleteOne(Filters.eq("_id", 4L));
        Document third = new Document(fourth);
        stored.insertOne(new Document(rating).append("_id", 3L));
        stored.replaceOne(Filters.eq("_id", 2L), third.append("_id", 2L));
        assertThat(brokenAt()).as("entries 2 and 4 stored out of order").isEqualTo("entry 4");
    }

    /** Someone with the broker's keys appends a rewritten entry 2 to the topic: the topic's own walk finds it. */
    @Test
    @Order(5)
    void aRecordForgedOntoTheTopicIsFound() {
        List<ConsumerRecord<String, byte[]>> records = kafka.readAll(Topics.AUDIT_TRAIL, Duration.ofSeconds(2));
        AuditEntryRecorded second = CloudEventRecords.readData(records.get(1), EventType.AUDIT_ENTRY_RECORDED,
                AuditEntryRecorded.class);
        AuditEntryRecorded forged = new AuditEntryRecorded(second.regionId(), 5, second.kind(),
                second.subjectType(), second.subjectId(), second.employeeId(), second.agencyId(), second.actor(),
                second.before(), java.util.Map.of("hasilKerjaRating", "ABOVE"), second.reason(),
                second.decidedAt(), Instant.now(), "forged", second.eventType(), null, second.hash(), second.hash());
        kafka.send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(EventType.AUDIT_ENTRY_RECORDED, "forged",
                "/services/audit-trail/test", second.regionId(), "entry/5", Instant.now(), forged)));
        Verified result = verify();
        assertThat(result.exit()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("BROKEN at entry 5");
    }

    private record Verified(int exit, String output) {
    }

    private static Verified verify() {
        try {
            Path password = folder.resolve("kafka-password");
            Files.writeString(password, EmbeddedTestInfra.servicePassword(AuditApplication.NAME));
            StringWriter out = new StringWriter();
            int exit = KinerjaAuditCommand.run(new PrintWriter(out, true), new PrintWriter(out, true), "verify",
                    "--bootstrap-servers", infra.bootstrapServers(), "--user", AuditApplication.NAME,
                    "--password-file", password.toString(), "--key-file", keyFile().toString());
            return new Verified(exit, out.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String brokenAt() {
        JsonNode result = audit.api().get("/api/audit/verification", TestTokens.admin()).body();
        return result.path("intact").asBoolean() ? null : result.path("firstBreak").path("at").asString();
    }

    private static void publish(EventType type, String key, String id, Record data, EventActor actor) {
        OutgoingEvent checked = OutgoingEvent.of(type, id, "/services/test/test", key, key, Instant.now(), data);
        OutgoingEvent event = new OutgoingEvent(type, id, checked.source(), key, key, checked.time(), checked.data(),
                actor);
        kafka.send(CloudEventRecords.toProducerRecord(event));
    }

    private static <T> T golden(EventType type, String name, Class<T> dataClass) {
        return EventJson.read(GoldenExamples.bytes(type, name), dataClass);
    }
}
