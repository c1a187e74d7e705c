package org.kinerja.rewards.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.contracts.ContractSchemas;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.EvaluationUpdated;
import org.kinerja.platform.embedded.EmbeddedMongo;
import org.kinerja.platform.mongo.Outbox;
import org.kinerja.rewards.adapter.out.mongo.MongoFollowUpStore;
import org.kinerja.rewards.domain.FollowUpKind;

/** The follow-up use case on the real MongoDB wire protocol: idempotent, version-guarded, outbox-backed. */
class RecordFollowUpTest {

    private EmbeddedMongo mongo;
    private MongoClient client;
    private MongoFollowUpStore store;
    private RecordFollowUp record;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.inMemory();
        client = MongoClients.create(mongo.uri());
        store = new MongoFollowUpStore(client.getDatabase("rewards-test"));
        record = new RecordFollowUp(store, "test", Clock.fixed(Instant.parse("2026-02-04T09:31:00Z"),
                ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        client.close();
        mongo.close();
    }

    private static EvaluationUpdated evaluation(long version, String rating) {
        return new EvaluationUpdated("199207252019032001", "makassar", "dukcapil-mks", "dukcapil-mks-pelayanan",
                "2026", version, rating, new BigDecimal("6.46"), 1, "OPEN", null, null, null, false, false, false);
    }

    private List<Document> outbox() {
        Document doc = client.getDatabase("rewards-test").getCollection(MongoFollowUpStore.FOLLOW_UPS).find().first();
        return doc == null ? List.of() : new ArrayList<>(doc.getList(Outbox.FIELD, Document.class));
    }

    @Test
    void aNewEvaluationRecordsAFollowUpWithAContractValidEvent() {
        record.on(evaluation(1, "BELOW"));
        assertThat(store.ofEmployee("199207252019032001")).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(FollowUpKind.COACHING_WATCH));
        assertThat(outbox()).singleElement().satisfies(entry -> assertThat(ContractSchemas
                .validate(EventType.FOLLOW_UP_RECORDED, entry.getString("data").getBytes())).isEmpty());
    }

    @Test
    void aReplayedOrOlderEvaluationChangesNothing() {
        record.on(evaluation(2, "BELOW"));
        record.on(evaluation(2, "BELOW"));
        record.on(evaluation(1, "ABOVE"));
        assertThat(store.find("199207252019032001:2026")).hasValueSatisfying(f -> {
            assertThat(f.evaluationVersion()).isEqualTo(2);
            assertThat(f.kind()).isEqualTo(FollowUpKind.COACHING_WATCH);
        });
        assertThat(outbox()).hasSize(1);
    }

    @Test
    void onlyAChangedDecisionIsPublishedAgain() {
        record.on(evaluation(1, "BELOW"));
        record.on(evaluation(2, "BELOW"));
        record.on(evaluation(3, "ABOVE"));
        assertThat(outbox()).hasSize(2);
        assertThat(store.find("199207252019032001:2026")).hasValueSatisfying(f ->
                assertThat(f.kind()).isEqualTo(FollowUpKind.REWARD_CANDIDATE));
    }
}
