package org.kinerja.scoring.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.platform.test.faults.BrokerProcess;
import org.kinerja.platform.test.faults.ChildJvm;
import org.kinerja.platform.test.faults.MongoProcess;
import org.kinerja.platform.test.faults.ServiceProcess;
import org.kinerja.platform.test.TestTokens;
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
        mongoPort = freePort();
        startBroker();
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
        ChildJvm scoring = startScoring("broker", "a");
        try (FaultLoad load = new FaultLoad("broker", bootstrap, adminPassword, 40)) {
            load.plans();
            load.start(2_000, 100);
            load.awaitAcknowledged(700);
            broker.kill();
            Thread.sleep(3_000);
            long restarted = System.nanoTime();
            startBroker();
            load.finish();
            Recovery recovery = load.awaitScoresEqualTheOracle(restUrl(scoring), Duration.ofSeconds(180), restarted);
            System.out.printf("fault suite, broker killed (SIGKILL) for 3 s mid-load: %s%n", recovery);
            assertThat(recovery.diffs()).isZero();
        } finally {
            scoring.close();
        }
    }

    @Test
    void theMongoServerKilledAndRestartedMidLoadLosesNothing() throws Exception {
        ChildJvm scoring = startScoring("mongo", "a");
        try (FaultLoad load = new FaultLoad("mongo", bootstrap, adminPassword, 40)) {
            load.plans();
            load.start(2_000, 100);
            load.awaitAcknowledged(700);
            mongo.kill();
            Thread.sleep(5_000);
            long restarted = System.nanoTime();
            startMongo();
            load.finish();
            Recovery recovery = load.awaitScoresEqualTheOracle(restUrl(scoring), Duration.ofSeconds(180), restarted);
            System.out.printf("fault suite, MongoDB server killed (SIGKILL) for 5 s mid-load: %s%n", recovery);
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

    private static void startBroker() {
        broker = ChildJvm.start("broker", BrokerProcess.class, List.of("-Xmx384m"),
                List.of(dir.resolve("kafka").toString(), String.valueOf(brokerPort)), dir.resolve("broker.log"),
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
