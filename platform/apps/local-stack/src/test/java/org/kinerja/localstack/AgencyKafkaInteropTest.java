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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinerja.contracts.Topics;
import org.kinerja.platform.kafka.access.KafkaPrincipals;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.ConsoleSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Interop with independent Kafka clients, as an agency's own system would use them, on a platform started as command
 * one starts it. KafkaJS (a pure-JavaScript client, src/test/agency-client) signs in over SASL/SCRAM-SHA-512 as the
 * agency's principal and publishes on the agency's reporting.activity-submissions.v1.<agencyId> in the documented wire
 * format (docs/agency-kafka.md): a valid report is scored; invalid ones land in the publisher's DLT with their reason,
 * read back by the agency, and are never scored; another agency's topic is refused. Debian's kcat is refused without
 * credentials. CI installs kcat and Node.js and sets KINERJA_REQUIRE_KCAT=true, so there this test cannot be skipped.
 */
class AgencyKafkaInteropTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String planId;
    private static String bootstrap;
    private static Path client;

    @BeforeAll
    static void requireTools() throws Exception {
        NodeTools.require("KINERJA_REQUIRE_KCAT", "apt-get install kafkacat nodejs npm", "kcat", "node", "npm");
        client = NodeTools.installed(Path.of("src/test/agency-client"), "agency-client",
                List.of("package.json", "package-lock.json", "agency-client.mjs"), "kafkajs");
        planId = PlatformHarness.sliceWithApprovedPlan();
        bootstrap = PlatformHarness.stack().kafkaBootstrapServers();
        PlatformHarness.stack().addAgencySystem(AGENCY);
    }

    @Test
    void aValidReportPublishedByTheAgencysSystemIsScored() throws Exception {
        ApiClient api = PlatformHarness.gateway();
        String staff = token(STAFF, "EMPLOYEE", AGENCY);
        BigDecimal before = realisation(api, staff);
        String reportId = "rpt-ac-" + UUID.randomUUID();
        publish(AGENCY, Topics.activitySubmissions(AGENCY), reportId, payload(reportId, STAFF, AGENCY, "42"));

        api.await("/api/reporting/activities/" + reportId, staff, r -> r.status() == 200, PATIENCE);
        api.await("/api/scoring/employees/" + STAFF + "/scores/2026", staff,
                r -> r.status() == 200 && realisationOf(r).compareTo(before.add(new BigDecimal("42"))) >= 0,
                PATIENCE);
    }

    @Test
    void invalidReportsLandInThePublishersDeadLetterTopicWithTheirReasonAndAreNotScored() throws Exception {
        ApiClient api = PlatformHarness.gateway();
        String staff = token(STAFF, "EMPLOYEE", AGENCY);
        String otherAgency = "rpt-ac-other-" + UUID.randomUUID();
        String negative = "rpt-ac-negative-" + UUID.randomUUID();
        publish("dishub-smg", Topics.activitySubmissions("dishub-smg"), otherAgency,
                payload(otherAgency, STAFF, AGENCY, "5"));
        publish(AGENCY, Topics.activitySubmissions(AGENCY), negative, payload(negative, STAFF, AGENCY, "-5"));

        JsonNode theirs = awaitInDeadLetters("dishub-smg", otherAgency);
        assertThat(theirs.path("headers").path("kinerja_dlt_reason").asString())
                .startsWith("report " + otherAgency + " refused: not-your-agency");
        assertThat(theirs.path("headers").path("kinerja_dlt_code").asString()).isEqualTo("not-your-agency");
        JsonNode ours = awaitInDeadLetters(AGENCY, negative);
        assertThat(ours.path("headers").path("kinerja_dlt_reason").asString()).contains("data does not match schema");
        assertThat(ours.path("headers").path("kinerja_dlt_kind").asString()).isEqualTo("POISON");
        assertThat(ours.path("headers").has("kafka_dlt-exception-message")).isFalse();
        assertThat(api.get("/api/reporting/activities/" + otherAgency, staff).status()).isEqualTo(404);
        assertThat(api.get("/api/reporting/activities/" + negative, staff).status()).isEqualTo(404);
        theAgencysOperatorReadsTheRefusalWithoutAKafkaClient(api, negative);
        theSendersOperatorReadsACodedRefusalInTheirLanguage(api, otherAgency);
    }

    /** The same refusal, over the API and on the console's operator page, for the agency alone. */
    private static void theAgencysOperatorReadsTheRefusalWithoutAKafkaClient(ApiClient api, String reportId) {
        String operator = token("operator-" + AGENCY, "AGENCY_ADMIN", AGENCY);
        String path = "/api/reporting/agencies/" + AGENCY + "/refused-submissions";
        ApiClient.Response refused = api.await(path, operator,
                r -> r.status() == 200 && r.body().toString().contains(reportId), PATIENCE);
        JsonNode entry = refused.body().valueStream().filter(e -> reportId.equals(e.path("reportId").asString()))
                .findFirst().orElseThrow();
        assertThat(entry.path("kind").asString()).isEqualTo("POISON");
        assertThat(entry.path("reason").asString()).contains("data does not match schema");
        assertThat(entry.path("employeeId").asString()).isEqualTo(STAFF);
        assertThat(entry.path("eventId").asString()).isNotBlank();
        assertThat(api.get(path, token("operator-dishub-smg", "AGENCY_ADMIN", "dishub-smg")).status())
                .as("another agency's operator").isEqualTo(403);
        assertThat(api.get(path, staff()).status()).as("an employee of the agency").isEqualTo(403);

        String page = new String(ConsoleSession.signedIn(PlatformHarness.stack().consoleUrl(), "operator-" + AGENCY,
                "AGENCY_ADMIN", AGENCY).bytes("/operator").body(), StandardCharsets.UTF_8);
        assertThat(page).contains("Kiriman sistem perangkat daerah yang ditolak", reportId,
                "data does not match schema");
    }

    /** A refusal with a code is worded by the console, the platform's English beside it. */
    private static void theSendersOperatorReadsACodedRefusalInTheirLanguage(ApiClient api, String reportId) {
        String operator = token("operator-dishub-smg", "AGENCY_ADMIN", "dishub-smg");
        ApiClient.Response refused = api.await("/api/reporting/agencies/dishub-smg/refused-submissions", operator,
                r -> r.status() == 200 && r.body().toString().contains(reportId), PATIENCE);
        assertThat(refused.body().valueStream().filter(e -> reportId.equals(e.path("reportId").asString()))
                .findFirst().orElseThrow().path("code").asString()).isEqualTo("not-your-agency");
        String page = new String(ConsoleSession.signedIn(PlatformHarness.stack().consoleUrl(), "operator-dishub-smg",
                "AGENCY_ADMIN", "dishub-smg").bytes("/operator").body(), StandardCharsets.UTF_8);
        assertThat(page).contains(reportId, "Pegawai atau laporan ini milik perangkat daerah lain",
                "refused: not-your-agency");
    }

    private static String staff() {
        return token(STAFF, "EMPLOYEE", AGENCY);
    }

    @Test
    void anAgencysSystemCannotPublishOnAnotherAgencysTopicNorWithoutSigningIn() throws Exception {
        String forged = "rpt-ac-forged-" + UUID.randomUUID();
        NodeTools.Result onTheirTopic = agencyClient("dishub-smg", List.of("publish", bootstrap,
                Topics.activitySubmissions(AGENCY), STAFF, headers(AGENCY, forged).toString(),
                file(payload(forged, STAFF, AGENCY, "1")).toString()));
        assertThat(onTheirTopic.exit()).isNotZero();
        assertThat(onTheirTopic.output()).contains("Topic authorization failed");
        NodeTools.Result scoreForged = agencyClient(AGENCY, List.of("publish", bootstrap, Topics.SCORES, STAFF,
                headers(AGENCY, forged).toString(), file("{}").toString()));
        assertThat(scoreForged.output()).contains("Topic authorization failed");

        // Debian's kcat, anonymous: the broker takes SASL only.
        Process kcat = new ProcessBuilder("kcat", "-P", "-b", bootstrap, "-t", Topics.activitySubmissions(AGENCY),
                "-k", STAFF, "-X", "message.timeout.ms=5000", file("{}").toString()).redirectErrorStream(true)
                .start();
        String printed = new String(kcat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kcat.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(kcat.exitValue()).as(printed).isNotZero();
        assertThat(PlatformHarness.gateway().get("/api/reporting/activities/" + forged,
                token(STAFF, "EMPLOYEE", AGENCY)).status()).isEqualTo(404);
    }

    /** The recipe of docs/agency-kafka.md: the agency's own topic, its principal; CloudEvents attributes as headers. */
    private static void publish(String agency, String topic, String reportId, String json) throws Exception {
        NodeTools.Result result = agencyClient(agency, List.of("publish", bootstrap, topic, STAFF,
                headers(agency, reportId).toString(), file(json).toString()));
        assertThat(result.exit()).as(result.output()).isZero();
    }

    private static Path headers(String agency, String reportId) throws IOException {
        return file(JSON.writeValueAsString(Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                "ce_source", "/agencies/" + agency, "ce_type", "kinerja.reporting.activity.reported.v1",
                "ce_subject", reportId, "ce_time", "2026-02-03T09:30:00Z", "content-type", "application/json")));
    }

    private static JsonNode awaitInDeadLetters(String agency, String reportId) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String output = "";
        while (System.nanoTime() < deadline) {
            NodeTools.Result read = agencyClient(agency, List.of("read", bootstrap,
                    Topics.deadLetter(Topics.activitySubmissions(agency)), KafkaPrincipals.agency(agency), "1500"));
            assertThat(read.exit()).as(read.output()).isZero();
            output = read.output();
            for (String line : output.lines().filter(l -> l.startsWith("{")).toList()) {
                if (line.contains(reportId)) {
                    return JSON.readTree(line);
                }
            }
            PlatformHarness.sleep(300);
        }
        throw new AssertionError(reportId + " did not reach " + agency + "'s DLT; it holds:\n" + output);
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

    /** Runs the agency client signed in as the agency's principal (the password the stack gave it). */
    private static NodeTools.Result agencyClient(String agency, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", client.resolve("agency-client.mjs").toString()));
        command.addAll(args);
        String principal = KafkaPrincipals.agency(agency);
        return NodeTools.run(Path.of("."), Map.of("KAFKA_USERNAME", principal,
                "KAFKA_PASSWORD", PlatformHarness.stack().kafkaPasswordOf(principal)), 60, command.toArray(String[]::new));
    }

    private static Path file(String content) throws IOException {
        Path file = Files.createTempFile(Path.of("target"), "agency-", ".json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
