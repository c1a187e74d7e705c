package org.kinerja.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinerja.platform.test.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * Command one as a person runs it: {@code ./kinerja --demo --region=mamuju} (here with --no-build, the jar this build
 * packaged) becomes the platform's own process, serves one regional government (its leader sees Mamuju's agency and
 * no other), and one Ctrl-C (SIGINT) stops everything within seconds: no process left behind, every port free again,
 * and nothing on the console that looks like a failure.
 */
class LauncherIT {

    private static final Path REPOSITORY = Path.of("../../..").toAbsolutePath().normalize();
    private static final Duration START_PATIENCE = Duration.ofMinutes(6);
    /** gateway, five services, console and identity provider on consecutive ports; Kafka and MongoDB apart. */
    private static final int CONSECUTIVE_PORTS = 8;

    @Test
    void oneCtrlCStopsThePlatformAndFreesEveryPort(@TempDir Path data) throws Exception {
        int base = freeRange(CONSECUTIVE_PORTS);
        int kafka = freeRange(1);
        int mongo = freeRange(1);
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < CONSECUTIVE_PORTS; i++) {
            ports.add(base + i);
        }
        ports.add(kafka);
        ports.add(mongo);
        Path output = data.resolve("console.txt");
        Process kinerja = new ProcessBuilder("bash", "kinerja", "--no-build", "--demo", "--region=mamuju",
                "--data-dir=" + data.resolve("kd"),
                "--gateway-port=" + base, "--kafka-port=" + kafka, "--mongo-port=" + mongo)
                .directory(REPOSITORY.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            awaitText(kinerja, output, "Kinerja is running");
            // the script exec'd into the platform: the process a signal reaches is the JVM itself, alone
            assertThat(kinerja.info().command().orElse("")).endsWith("java");
            assertThat(kinerja.descendants().filter(ProcessHandle::isAlive).count()).isZero();
            for (int port : ports) {
                assertThat(listening(port)).as("port " + port + " while running").isTrue();
            }
            ApiClient gateway = new ApiClient("http://127.0.0.1:" + base);
            String leader = gateway.post("/dev/tokens", null, Map.of("subject", "sekda", "roles", List.of("LEADER")))
                    .text("access_token");
            int year = DemoData.demoYear(java.time.LocalDate.now());
            JsonNode region = gateway.get("/api/scoring/region/rollups/" + year, leader).body();
            assertThat(region.path("regionId").asString()).isEqualTo("mamuju");
            assertThat(region.path("agencies").findValuesAsString("agencyId")).containsExactly("dinkes-mmj");

            long signalled = System.nanoTime();
            new ProcessBuilder("kill", "-INT", Long.toString(kinerja.pid())).start().waitFor(10, TimeUnit.SECONDS);
            assertThat(kinerja.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute of one SIGINT").isTrue();
            System.out.printf("stopped %.1f s after one SIGINT, exit %d%n", (System.nanoTime() - signalled) / 1e9,
                    kinerja.exitValue());
            assertThat(kinerja.exitValue()).isIn(0, 130);
            for (int port : ports) {
                assertThat(bindable(port)).as("port " + port + " after the stop").isTrue();
            }
            String said = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(said).contains("starting employee-registry", "gateway started in")
                    .doesNotContain("ERROR", "Exception", "\tat ");
        } finally {
            kinerja.destroyForcibly();
        }
    }

    private static void awaitText(Process process, Path output, String text) throws Exception {
        long until = System.nanoTime() + START_PATIENCE.toNanos();
        while (System.nanoTime() < until) {
            String said = Files.readString(output, StandardCharsets.UTF_8);
            if (said.contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("./kinerja ended with " + process.exitValue() + ": " + said);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("./kinerja not running after " + START_PATIENCE + ": "
                + Files.readString(output, StandardCharsets.UTF_8));
    }

    /** The first of {@code count} consecutive ports nobody listens on (random, away from the usual 8080s). */
    private static int freeRange(int count) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 40_000);
            boolean free = true;
            for (int i = 0; i < count && free; i++) {
                free = bindable(base + i);
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no " + count + " free consecutive ports found");
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException nobody) {
            return false;
        }
    }
}
