package org.kinerja.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.localstack.PlatformHarness.AGENCY;
import static org.kinerja.localstack.PlatformHarness.PATIENCE;
import static org.kinerja.localstack.PlatformHarness.STAFF;
import static org.kinerja.localstack.PlatformHarness.token;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinerja.contracts.Topics;
import org.kinerja.platform.test.ApiClient;

/**
 * Interop with an independent Kafka client: Debian's kcat publishes activity reports straight onto
 * reporting.activity-submissions.v1, in the documented wire format (docs/agency-kafka.md), as an agency's own system
 * would. A valid one is scored; invalid ones land in the DLT with their reason, read back with kcat too, and are never
 * scored. CI installs kcat and sets KINERJA_REQUIRE_KCAT=true, so there this test cannot be skipped.
 */
class KcatInteropTest {

    private static String planId;
    private static String bootstrap;

    @BeforeAll
    static void requireKcat() {
        boolean available = Files.isExecutable(Path.of("/usr/bin/kcat")) || onPath("kcat");
        if (!available && "true".equals(System.getenv("KINERJA_REQUIRE_KCAT"))) {
            throw new IllegalStateException("kcat is required (apt-get install kafkacat)");
        }
        Assumptions.assumeTrue(available, "kcat not installed: apt-get install kafkacat");
        planId = PlatformHarness.sliceWithApprovedPlan();
        bootstrap = PlatformHarness.stack().kafkaBootstrapServers();
    }

    @Test
    void aValidReportPublishedWithKcatIsScored() throws Exception {
        ApiClient api = PlatformHarness.gateway();
        String staff = token(STAFF, "EMPLOYEE", AGENCY);
        BigDecimal before = realisation(api, staff);
        String reportId = "rpt-kcat-" + UUID.randomUUID();
        publish(AGENCY, reportId, payload(reportId, STAFF, AGENCY, "42"));

        api.await("/api/reporting/activities/" + reportId, staff, r -> r.status() == 200, PATIENCE);
        api.await("/api/scoring/employees/" + STAFF + "/scores/2026", staff,
                r -> r.status() == 200 && realisationOf(r).compareTo(before.add(new BigDecimal("42"))) >= 0,
                PATIENCE);
    }

    @Test
    void invalidReportsLandInTheDeadLetterTopicWithTheirReasonAndAreNotScored() throws Exception {
        ApiClient api = PlatformHarness.gateway();
        String staff = token(STAFF, "EMPLOYEE", AGENCY);
        String otherAgency = "rpt-kcat-other-agency-" + UUID.randomUUID();
        String negative = "rpt-kcat-negative-" + UUID.randomUUID();
        publish("dishub-smg", otherAgency, payload(otherAgency, STAFF, AGENCY, "5"));
        publish(AGENCY, negative, payload(negative, STAFF, AGENCY, "-5"));

        String dlt = awaitInDeadLetters(List.of(otherAgency, negative));
        assertThat(line(dlt, otherAgency)).contains("kinerja_dlt_reason=report " + otherAgency
                + " refused: not-your-agency");
        assertThat(line(dlt, negative)).contains("kinerja_dlt_reason=data does not match schema")
                .contains("kinerja_dlt_kind=POISON");
        assertThat(api.get("/api/reporting/activities/" + otherAgency, staff).status()).isEqualTo(404);
        assertThat(api.get("/api/reporting/activities/" + negative, staff).status()).isEqualTo(404);
    }

    /** The recipe of docs/agency-kafka.md: one message, the employee id as key, CloudEvents attributes as headers. */
    private static void publish(String agency, String reportId, String json) throws Exception {
        Path file = Files.createTempFile(Path.of("target"), "report-", ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        run(List.of("kcat", "-P", "-b", bootstrap, "-t", Topics.ACTIVITY_SUBMISSIONS, "-k", STAFF,
                "-H", "ce_specversion=1.0", "-H", "ce_id=" + UUID.randomUUID(),
                "-H", "ce_source=/agencies/" + agency, "-H", "ce_type=kinerja.reporting.activity.reported.v1",
                "-H", "ce_subject=" + reportId, "-H", "ce_time=2026-02-03T09:30:00Z",
                "-H", "content-type=application/json", file.toString()));
    }

    private static String awaitInDeadLetters(List<String> reportIds) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String output = "";
        while (System.nanoTime() < deadline) {
            output = run(List.of("kcat", "-C", "-b", bootstrap, "-t", Topics.deadLetter(Topics.ACTIVITY_SUBMISSIONS),
                    "-o", "beginning", "-e", "-q", "-f", "%h\\t%s\\n"));
            String seen = output;
            if (reportIds.stream().allMatch(seen::contains)) {
                return output;
            }
            PlatformHarness.sleep(300);
        }
        throw new AssertionError("not all of " + reportIds + " reached the DLT; it holds:\n" + output);
    }

    private static String line(String output, String reportId) {
        return output.lines().filter(l -> l.contains(reportId)).findFirst().orElseThrow();
    }

    static String payload(String reportId, String employee, String agency, String quantity) {
        return """
                {"reportId":"%s","employeeId":"%s","agencyId":"%s","indicatorId":"%s",\
                "activityDate":"2026-02-03","quantity":%s,"description":"Laporan dari sistem dinas",\
                "evidenceUrl":null,"reportedAt":"2026-02-03T09:30:00Z"}""".formatted(reportId, employee, agency,
                PlatformHarness.indicatorOf(planId), quantity);
    }

    private static BigDecimal realisation(ApiClient api, String token) {
        ApiClient.Response score = api.get("/api/scoring/employees/" + STAFF + "/scores/2026", token);
        return score.status() == 200 ? realisationOf(score) : BigDecimal.ZERO;
    }

    private static BigDecimal realisationOf(ApiClient.Response score) {
        return score.body().path("indicators").get(0).path("realisation").decimalValue();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
