package org.kinerja.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.kinerja.platform.embedded.EmbeddedKafkaBroker;
import org.kinerja.platform.embedded.EmbeddedMongo;

/**
 * One real Kafka broker (KRaft) and one in-memory MongoDB wire-protocol server per test JVM, started on first use and
 * stopped when the JVM ends. Test classes isolate themselves with their own database name and consumer groups.
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
        java.util.List<String> args = new java.util.ArrayList<>();
        serviceProperties(isolation).forEach((key, value) -> args.add("--" + key + "=" + value));
        for (String property : extra) {
            args.add("--" + property);
        }
        return args.toArray(String[]::new);
    }
}
