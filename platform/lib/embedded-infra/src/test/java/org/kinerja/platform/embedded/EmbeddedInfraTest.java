package org.kinerja.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfraTest {

    @TempDir
    Path data;

    @Test
    void brokerKeepsTopicsAndRecordsAcrossARestart() throws Exception {
        String bootstrap;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data.resolve("kafka"), 0)) {
            bootstrap = broker.bootstrapServers();
            try (Admin admin = Admin.create(broker.adminClientConfig())) {
                admin.createTopics(List.of(new NewTopic("restart.check.v1", 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(with(broker.adminClientConfig(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("restart.check.v1", "k", "kept")).get();
            }
        }
        int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data.resolve("kafka"), port);
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(with(with(broker.adminClientConfig(),
                        ConsumerConfig.GROUP_ID_CONFIG, "restart-check"), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of("restart.check.v1"));
            String value = null;
            for (int i = 0; i < 40 && value == null; i++) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    value = records.iterator().next().value();
                }
            }
            assertThat(value).isEqualTo("kept");
        }
    }

    @Test
    void theBrokerTakesNoAnonymousClientAndKeepsItsAdministratorsPasswordAcrossARestart() throws Exception {
        String password;
        int port;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data.resolve("kafka"), 0)) {
            password = broker.adminPassword();
            port = Integer.parseInt(broker.bootstrapServers().substring(broker.bootstrapServers().lastIndexOf(':')
                    + 1));
            try (Admin anonymous = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers(),
                    "default.api.timeout.ms", 3000, "request.timeout.ms", 2000))) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> anonymous.listTopics().names()
                        .get(5, java.util.concurrent.TimeUnit.SECONDS)).isNotNull();
            }
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data.resolve("kafka"), port);
                Admin admin = Admin.create(broker.adminClientConfig())) {
            assertThat(broker.adminPassword()).isEqualTo(password);
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
        }
    }

    private static Map<String, Object> with(Map<String, Object> config, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(config);
        copy.put(key, value);
        return copy;
    }

    @Test
    void persistentMongoKeepsDocumentsAcrossARestart() {
        Path file = data.resolve("mongo/kinerja.mv.db");
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(file, 0);
                MongoClient client = MongoClients.create(mongo.uri())) {
            client.getDatabase("check").getCollection("things").insertOne(new Document("_id", "a").append("n", 1));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(file, 0);
                MongoClient client = MongoClients.create(mongo.uri())) {
            Document found = client.getDatabase("check").getCollection("things").find().first();
            assertThat(found).isNotNull();
            assertThat(found.getInteger("n")).isEqualTo(1);
        }
    }

    @Test
    void bothMongoServersAnswerHelloAsTheDriversAndTheHealthCheckAskIt() {
        try (EmbeddedMongo persistent = EmbeddedMongo.persistent(data.resolve("mongo/hello.mv.db"), 0);
                EmbeddedMongo memory = EmbeddedMongo.inMemory()) {
            for (EmbeddedMongo mongo : java.util.List.of(persistent, memory)) {
                try (MongoClient client = MongoClients.create(mongo.uri())) {
                    for (String database : java.util.List.of("admin", "kinerja-scoring")) {
                        Document hello = client.getDatabase(database).runCommand(new Document("hello", 1));
                        assertThat(hello.get("ok", Number.class).doubleValue()).as(database).isEqualTo(1.0);
                        assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
                    }
                }
            }
        }
    }
}
