package org.kinerja.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.kinerja.platform.embedded.EmbeddedKafkaBroker;
import org.kinerja.platform.embedded.EmbeddedMongo;
import org.kinerja.platform.kafka.access.KafkaClientSecurity;
import org.kinerja.platform.kafka.access.KafkaProvisioner;
import org.kinerja.platform.kafka.access.ServiceAccess;
import org.kinerja.platform.kafka.access.TopicPlan;

/**
 * One real Kafka broker (KRaft) and one in-memory MongoDB wire-protocol server per test JVM, started on first use and
 * stopped when the JVM ends. Test classes isolate themselves with their own database name and consumer groups.
 *
 * <p>The broker is secured as in production (SASL, ACLs) and provisioned as a region's administrator would: the
 * platform's topics, each service's principal (password {@link #servicePassword}) and its ACLs. Services under test
 * connect as the administrator by default, since a test may start them with consumer groups of its own; a test of
 * the access rules starts them with {@link #serviceCredentials} instead, and the local stack always does.
 */
public final class EmbeddedTestInfra {

    private static EmbeddedTestInfra shared;

    private final EmbeddedKafkaBroker kafka;
    private final EmbeddedMongo mongo;
    private final Path stateDir;

    private EmbeddedTestInfra() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            Path kafkaDir = Files.createTempDirectory(target, "kafka-");
            stateDir = Files.createTempDirectory(target, "state-");
            kafka = EmbeddedKafkaBroker.start(kafkaDir, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (KafkaProvisioner provisioner = provisioner()) {
            Map<String, String> passwords = new java.util.HashMap<>();
            ServiceAccess.ALL.forEach(service -> passwords.put(service.principal(),
                    servicePassword(service.principal())));
            provisioner.provisionPlatform(passwords);
        }
        mongo = EmbeddedMongo.inMemory();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            mongo.close();
        }, "embedded-test-infra-stop"));
    }

    public static synchronized EmbeddedTestInfra shared() {
        if (shared == null) {
            shared = new EmbeddedTestInfra();
        }
        return shared;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoUri() {
        return mongo.uri();
    }

    /** How a client signs in as the cluster's administrator (a super user). */
    public Map<String, Object> adminClientConfig() {
        return kafka.adminClientConfig();
    }

    /** How a client signs in as the given SCRAM principal. */
    public Map<String, Object> clientConfig(String user, String password) {
        return KafkaClientSecurity.scram(user, password).clientConfig(bootstrapServers());
    }

    /** The test password of a service's principal (tests only: the local stack and production make random ones). */
    public static String servicePassword(String service) {
        return "test-password-of-" + service;
    }

    /** The properties that make a service connect as its own principal, as it does in production. */
    public String[] serviceCredentials(String service) {
        return new String[] {"kinerja.kafka.username=" + service, "kinerja.kafka.password=" + servicePassword(service),
                "kinerja.kafka.mechanism=" + KafkaClientSecurity.SCRAM};
    }

    /** Creates an agency's topics and its system's principal (password {@code agency-password-<agencyId>}). */
    public synchronized String ensureAgency(String agencyId) {
        String password = "agency-password-" + agencyId;
        try (KafkaProvisioner provisioner = provisioner()) {
            provisioner.provisionAgency(agencyId, password);
        }
        return password;
    }

    /** An analytics subscriber's principal (password {@code analytics-password-<name>}). */
    public synchronized String ensureAnalytics(String name) {
        String password = "analytics-password-" + name;
        try (KafkaProvisioner provisioner = provisioner()) {
            provisioner.provisionAnalytics(name, password);
        }
        return password;
    }

    private KafkaProvisioner provisioner() {
        return new KafkaProvisioner(kafka.adminClientConfig(), TopicPlan.SINGLE_BROKER);
    }

    /** A fresh folder under target/ for a Kafka Streams state directory. */
    public Path newStateDir() {
        try {
            return Files.createTempDirectory(stateDir, "streams-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The properties that point a service's test context at this infrastructure, with a database and consumer groups
     * of its own ({@code isolation} names them) and the test token secret and region.
     */
    public Map<String, String> serviceProperties(String isolation) {
        return Map.of(
                "spring.kafka.bootstrap-servers", bootstrapServers(),
                "kinerja.kafka.username", EmbeddedKafkaBroker.ADMIN_USER,
                "kinerja.kafka.password", kafka.adminPassword(),
                "kinerja.kafka.mechanism", KafkaClientSecurity.PLAIN,
                "spring.mongodb.uri", mongoUri(),
                "spring.mongodb.database", "test-" + isolation,
                "spring.kafka.consumer.group-id", "test-" + isolation,
                "kinerja.region", TestTokens.REGION,
                "kinerja.jwt-secret", TestTokens.SECRET,
                "kinerja.outbox-interval", "50ms");
    }

    /**
     * The same properties as command-line arguments, plus any extra ones ("key=value"): arguments outrank every
     * default, which matters when a service is started with {@code SpringApplicationBuilder}.
     */
    public String[] serviceArguments(String isolation, String... extra) {
        // An extra property replaces the default of the same name: a repeated argument would make a list of both.
        Map<String, String> properties = new java.util.LinkedHashMap<>(serviceProperties(isolation));
        for (String property : extra) {
            int equals = property.indexOf('=');
            properties.put(equals < 0 ? property : property.substring(0, equals),
                    equals < 0 ? "" : property.substring(equals + 1));
        }
        java.util.List<String> args = new java.util.ArrayList<>();
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        return args.toArray(String[]::new);
    }
}
