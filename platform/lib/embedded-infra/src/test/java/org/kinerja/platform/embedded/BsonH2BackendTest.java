package org.kinerja.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server's documents stored as BSON in H2: every type the services store survives a restart. */
class BsonH2BackendTest {

    @TempDir
    Path data;

    private static final Document EVERY_TYPE = new Document("_id", "emp-1:2026-03")
            .append("text", "Dinas Perhubungan — Makassar")
            .append("int", 7)
            .append("long", 9_007_199_254_740_993L)
            .append("double", 0.1)
            .append("decimal", new Decimal128(new java.math.BigDecimal("85.3333333333")))
            .append("flag", true)
            .append("nothing", null)
            .append("at", new Date(1_767_225_600_000L))
            .append("objectId", new ObjectId("65f0a1b2c3d4e5f601234567"))
            .append("nested", new Document("predicate", "BAIK").append("scores", List.of(1, 2, 3)))
            .append("outbox", List.of(new Document("eventId", "e-1").append("data", "{\"a\":1}")));

    @Test
    void everyTypeTheServicesStoreSurvivesARestart() {
        Path file = data.resolve("kinerja.mv.db");
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(file, 0);
                MongoClient client = MongoClients.create(mongo.uri())) {
            MongoCollection<Document> scores = client.getDatabase("scoring").getCollection("scores");
            scores.insertOne(EVERY_TYPE);
            scores.updateOne(Filters.eq("_id", "emp-1:2026-03"), Updates.set("int", 8));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(file, 0);
                MongoClient client = MongoClients.create(mongo.uri())) {
            Document found = client.getDatabase("scoring").getCollection("scores").find().first();
            assertThat(found).isEqualTo(new Document(EVERY_TYPE).append("int", 8));
        }
    }

    @Test
    void collectionsAndIndexesCreatedAfterARestartAreKeptToo() {
        Path file = data.resolve("kinerja.mv.db");
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(file, 0);
                MongoClient client = MongoClients.create(mongo.uri())) {
            client.getDatabase("rewards").getCollection("first").insertOne(new Document("_id", "a"));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(file, 0);
                MongoClient client = MongoClients.create(mongo.uri())) {
            MongoCollection<Document> later = client.getDatabase("rewards").getCollection("later");
            later.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
            later.insertOne(new Document("_id", "b").append("version", 1));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(file, 0);
                MongoClient client = MongoClients.create(mongo.uri())) {
            MongoCollection<Document> later = client.getDatabase("rewards").getCollection("later");
            assertThat(later.find(new Document("_id", "b").append("version", 1)).first()).isNotNull();
            assertThat(client.getDatabase("rewards").getCollection("first").countDocuments()).isEqualTo(1);
            assertThatThrownBy(() -> later.insertOne(new Document("_id", "b").append("version", 2)))
                    .isInstanceOf(MongoWriteException.class);
        }
    }

    @Test
    void theFileHoldsBsonNotJavaSerialisation() {
        Path file = data.resolve("kinerja.mv.db");
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(file, 0);
                MongoClient client = MongoClients.create(mongo.uri())) {
            client.getDatabase("scoring").getCollection("scores").insertOne(EVERY_TYPE);
        }
        MVStore store = MVStore.open(file.toString());
        try {
            var map = store.openMap("databases.scoring.scores",
                    new org.h2.mvstore.MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>()
                            .valueType(BsonDocumentType.INSTANCE));
            assertThat(map.get("emp-1:2026-03").get("text")).isEqualTo("Dinas Perhubungan — Makassar");
        } finally {
            store.close();
        }
    }
}
