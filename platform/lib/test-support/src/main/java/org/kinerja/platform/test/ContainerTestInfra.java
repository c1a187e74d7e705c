package org.kinerja.platform.test;

import java.util.Map;

import org.kinerja.platform.kafka.access.KafkaProvisioner;
import org.kinerja.platform.kafka.access.TopicPlan;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Real Kafka and MongoDB images, the same ones docker-compose runs, for tests that must see the real servers. Opt-in:
 * such a test runs only where KINERJA_TESTCONTAINERS=true and a Docker engine answers (see versions.md pitfall 5: a
 * guard on Docker alone can hang on image pulls where no registry is reachable).
 */
public final class ContainerTestInfra implements AutoCloseable {

    public static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    public static final String MONGO_IMAGE = "mongo:8.0";
    public static final String OPT_IN_VARIABLE = "KINERJA_TESTCONTAINERS";

    private final KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
    private final MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);

    /**
     * Starts both and creates the platform's topics. The image's broker runs without authentication (the embedded
     * broker of every other test runs with SASL and ACLs), so services connect with PLAINTEXT here.
     */
    public ContainerTestInfra start() {
        kafka.start();
        mongo.start();
        try (KafkaProvisioner provisioner = new KafkaProvisioner(adminClientConfig(), TopicPlan.SINGLE_BROKER)) {
            provisioner.ensurePlatformTopics();
        }
        return this;
    }

    public Map<String, Object> adminClientConfig() {
        return Map.of("bootstrap.servers", kafka.getBootstrapServers());
    }

    public Map<String, String> serviceProperties(String isolation) {
        return Map.of(
                "spring.kafka.bootstrap-servers", kafka.getBootstrapServers(),
                "kinerja.kafka.security-protocol", "PLAINTEXT",
                "spring.mongodb.uri", mongo.getReplicaSetUrl(),
                "spring.mongodb.database", "test-" + isolation,
                "spring.kafka.consumer.group-id", "test-" + isolation,
                "kinerja.region", TestTokens.REGION,
                "kinerja.jwt-secret", TestTokens.SECRET);
    }

    public String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public void close() {
        kafka.stop();
        mongo.stop();
    }
}
