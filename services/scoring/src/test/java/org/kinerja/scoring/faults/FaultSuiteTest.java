package org.kinerja.scoring.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.platform.embedded.EmbeddedKafkaBroker;
import org.kinerja.platform.kafka.access.KafkaClientSecurity;
import org.kinerja.platform.test.TestTokens;
import org.kinerja.platform.test.faults.BrokerProcess;
import org.kinerja.platform.test.faults.ChildJvm;
import org.kinerja.platform.test.faults.MongoProcess;
import org.kinerja.platform.test.faults.ServiceProcess;
import org.kinerja.scoring.ScoringApplication;

/**
 * The fault suite: scoring under load while its parts fail, each component a process of its own (the broker, the
 * MongoDB server, one or two scoring instances), killed with SIGKILL and started again on the same data. Every test
 * sends its own employees' reports (with 10 % sent twice and a poison record every 100), keeps an oracle of what the
 * broker acknowledged, and ends when the committed year scores on scoring.scores.v1 and scoring's read model equal the
 * oracle: nothing lost, nothing counted twice. Each prints its figures (acknowledged, diffs, recovery time).
 */
class FaultSuiteTest {
    private static final Duration START = Duration.ofSeconds(90);
    private static Path dir;
    private static int brokerPort;
    private static int mongoPort;
    private static ChildJvm broker;
    private static ChildJvm mongo;
    private static String bootstrap;
    private static String adminPassword;
    private static String mongoUri;
    private static final List<ChildJvm> scorers = new ArrayList<>();

    /** A broker and a MongoDB server of each test's own, in processes of their own, so no test replays another's. */
    @BeforeEach
    void brokerAndMongoInProcessesOfTheirOwn() throws IOException {
        dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "faults-");
        brokerPort = freePort();
        startBroker();
        // chosen once the broker is up: a port chosen before could be taken by the broker's own listeners meanwhile
        // (it once was: "Address already in use")
        mongoPort = freePort();
        startMongo();
    }

    @AfterEach
    void stopAll() {
        scorers.forEach(ChildJvm::close);
        scorers.clear();
        broker.close();
        mongo.close();
    }

    @Test
    void theScoringProcessKilledTwiceMidLoadLosesNothing() throws Exception {
        ChildJvm scoring = startScoring("kill", "a");
        try (FaultLoad load = new FaultLoad("kill", bootstrap, adminPassword, 40)) {
            load.plans();
            load.start(2_000, 100);
            load.awaitAcknowledged(600);
            scoring.kill();
            scoring = startScoring("kill", "a");
            load.awaitAcknowledged(1_300);
            scoring.kill();
            long restarted = System.nanoTime();
            scoring = startScoring("kill", "a");
            load.finish();
            Recovery recovery = load.awaitScoresEqualTheOracle(restUrl(scoring), Duration.ofSeconds(120), restarted);
            System.out.printf("fault suite, scoring killed twice (SIGKILL) mid-load: %s%n", recovery);
            assertThat(recovery.diffs()).isZero();
        } finally {
            scoring.close();
        }
    }

    @Test
    void theBrokerKilledAndRestartedMidLoadLosesNothing() throws Exception {
        survivesAnOutage("broker", "broker killed (SIGKILL) for 3 s mid-load", () -> broker.kill(), 3_000,
                FaultSuiteTest::startBroker);
    }

    @Test
    void theMongoServerKilledAndRestartedMidLoadLosesNothing() throws Exception {
        survivesAnOutage("mongo", "MongoDB server killed (SIGKILL) for 5 s mid-load", () -> mongo.kill(), 5_000,
                FaultSuiteTest::startMongo);
    }

    /** Under load, a component is killed, stays down for a while, and starts again on the same data. */
    private static void survivesAnOutage(String test, String fault, Runnable kill, long downMillis,
            Runnable restart) throws Exception {
        ChildJvm scoring = startScoring(test, "a");
        try (FaultLoad load = new FaultLoad(test, bootstrap, adminPassword, 40)) {
            load.plans();
            load.start(2_000, 100);
            load.awaitAcknowledged(700);
            kill.run();
            Thread.sleep(downMillis);
            long restarted = System.nanoTime();
            restart.run();
            load.finish();
            Recovery recovery = load.awaitScoresEqualTheOracle(restUrl(scoring), Duration.ofSeconds(180), restarted);
            System.out.printf("fault suite, %s: %s%n", fault, recovery);
            assertThat(recovery.diffs()).isZero();
        } finally {
            scoring.close();
        }
    }

    @Test
    void aSecondScoringInstanceJoiningAndLeavingMidLoadLosesNothing() throws Exception {
        ChildJvm first = startScoring("pair", "a");
        ChildJvm second = null;
        try (FaultLoad load = new FaultLoad("pair", bootstrap, adminPassword, 40)) {
            load.plans();
            load.start(2_000, 100);
            load.awaitAcknowledged(500);
            second = startScoring("pair", "b");
            load.awaitAcknowledged(1_400);
            long left = System.nanoTime();
            second.stop();
            load.finish();
            Recovery recovery = load.awaitScoresEqualTheOracle(restUrl(first), Duration.ofSeconds(120), left);
            System.out.printf("fault suite, a second scoring instance joined and left mid-load: %s%n", recovery);
            assertThat(recovery.diffs()).isZero();
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    @Test
    void aRebuildFromOffsetZeroOnTopicsOlderThanTheBrokersDefaultRetentionCountsEverything() throws Exception {
        broker.kill();
        // The broker now deletes anything older than 2 s by default (and rolls segments every half second so that
        // retention can act); the planned topics keep their history by declaration.
        startBroker("log.retention.ms=2000", "log.retention.check.interval.ms=500", "log.roll.ms=500");
        String unplanned = "left-to-the-broker-default";
        Instant longAgo = Instant.now().minus(Duration.ofDays(400));
        try (FaultLoad load = new FaultLoad("rebuild", bootstrap, adminPassword, 40).stampedAt(longAgo);
                Admin admin = Admin.create(adminConfig())) {
            admin.createTopics(List.of(new NewTopic(unplanned, 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
            load.plans();
            load.start(2_000, 400);
            load.finish();
            try (KafkaProducer<String, byte[]> control = new KafkaProducer<>(adminConfig(), new StringSerializer(),
                    new ByteArraySerializer())) {
                for (int i = 0; i < 100; i++) {
                    control.send(new ProducerRecord<>(unplanned, 0, longAgo.toEpochMilli(), "k" + i, new byte[10]));
                    Thread.sleep(20);
                }
            }
            TopicPartition partition = new TopicPartition(unplanned, 0);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (admin.listOffsets(Map.of(partition, OffsetSpec.earliest())).partitionResult(partition)
                    .get(10, TimeUnit.SECONDS).offset() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertThat(admin.listOffsets(Map.of(partition, OffsetSpec.earliest())).partitionResult(partition)
                    .get(10, TimeUnit.SECONDS).offset()).as("the default retention deleted old records").isPositive();

            long started = System.nanoTime();
            ChildJvm scoring = startScoring("rebuild", "a"); // a new application id: it reads from offset 0
            Recovery recovery = load.awaitScoresEqualTheOracle(restUrl(scoring), Duration.ofSeconds(120), started);
            System.out.printf("fault suite, a rebuild from offset 0 of records 400 days old on a broker whose default "
                    + "retention is 2 s: %s%n", recovery);
            assertThat(recovery.diffs()).isZero();
        }
    }

    private static Map<String, Object> adminConfig() {
        return KafkaClientSecurity.plain(EmbeddedKafkaBroker.ADMIN_USER, adminPassword).clientConfig(bootstrap);
    }

    private static void startBroker(String... settings) {
        List<String> args = new ArrayList<>(List.of(dir.resolve("kafka").toString(), String.valueOf(brokerPort)));
        args.addAll(List.of(settings));
        broker = ChildJvm.start("broker", BrokerProcess.class, List.of("-Xmx384m"), args, dir.resolve("broker.log"),
                START);
        String[] ready = broker.readyLine().split(" ");
        bootstrap = ready[0];
        adminPassword = ready[1];
    }

    private static void startMongo() {
        mongo = ChildJvm.start("mongo", MongoProcess.class, List.of("-Xmx256m"),
                List.of(dir.resolve("mongo.h2").toString(), String.valueOf(mongoPort)), dir.resolve("mongo.log"),
                START);
        mongoUri = mongo.readyLine();
    }

    /**
     * A scoring instance: the test's application id and database, and a state folder of its own that a restart of the
     * same instance finds again (as a pod's volume would be), so the restarted instance fences its predecessor's
     * transactions at once and restores only what changed.
     */
    private static ChildJvm startScoring(String test, String instance) {
        ChildJvm scoring = ChildJvm.start("scoring-" + test + "-" + instance, ServiceProcess.class,
                List.of("-Xmx512m"), List.of(ScoringApplication.class.getName(),
                        "--spring.kafka.bootstrap-servers=" + bootstrap,
                        "--kinerja.kafka.username=scoring",
                        "--kinerja.kafka.password=" + org.kinerja.platform.test.EmbeddedTestInfra
                                .servicePassword("scoring"),
                        "--kinerja.kafka.mechanism=SCRAM-SHA-512",
                        "--spring.mongodb.uri=" + mongoUri,
                        "--spring.mongodb.database=faults-" + test,
                        "--spring.kafka.streams.application-id=scoring-faults-" + test,
                        "--spring.kafka.streams.state-dir=" + dir.resolve("state-" + test + "-" + instance),
                        "--spring.kafka.consumer.group-id=faults-" + test,
                        "--kinerja.region=" + TestTokens.REGION,
                        "--kinerja.jwt-secret=" + TestTokens.SECRET,
                        "--server.port=0",
                        "--logging.level.root=WARN"),
                dir.resolve("scoring-" + test + "-" + instance + ".log"), START);
        scorers.add(scoring);
        return scoring;
    }

    private static String restUrl(ChildJvm scoring) {
        return "http://127.0.0.1:" + scoring.readyLine();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
