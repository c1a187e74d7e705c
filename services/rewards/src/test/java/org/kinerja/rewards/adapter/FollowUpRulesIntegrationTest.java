package org.kinerja.rewards.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.platform.test.KafkaTestClient.ceType;
import static org.kinerja.platform.test.KafkaTestClient.text;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinerja.contracts.ContractSchemas;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.DistributionChanged;
import org.kinerja.contracts.events.EmployeeRegistered;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.KafkaTestClient;
import org.kinerja.platform.test.ServiceUnderTest;
import org.kinerja.platform.test.TestTokens;
import org.kinerja.rewards.RewardsApplication;

/**
 * The follow-up rules through the real broker under the default policy (they act on the year's evaluation): SANGAT_BAIK
 * in the year, with its evidence, earns a certificate (a PDF in Bahasa Indonesia) and promotion priority, once however
 * often the score is delivered, withheld while the unit's broken distribution pattern is not justified; a unit's best
 * performer with the evidence an incentive recommendation, moved when someone overtakes them; a month below BAIK is an
 * early warning, a year below BAIK opens a coaching case the penilai works on; a weak KUALITAS indicator is a training
 * need of the unit until a later score clears it.
 */
class FollowUpRulesIntegrationTest {
    private static final String AGENCY = "dinkes-smg";
    private static final String UNIT = "dinkes-smg-yankes";
    private static final String STAR = "199001012015011001";
    private static final String RISING = "199102022016022002";
    private static final String STRUGGLING = "199203032017031003";
    private static final String PENILAI = "198001012005011001";
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @RegisterExtension
    static final ServiceUnderTest rewards = ServiceUnderTest.of(RewardsApplication::application, "rewards-rules-it");
    private static KafkaTestClient kafka;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        kafka = rewards.kafka();

        api = rewards.api();
        for (String nip : List.of(STAR, RISING, STRUGGLING)) {
            kafka.publish(EventType.EMPLOYEE_REGISTERED, nip, new EmployeeRegistered(nip, nip, "Pegawai " + nip
                    .substring(14), "semarang", AGENCY, UNIT, "PNS", "PELAKSANA", null, "III/a", false, PENILAI,
                    null, Instant.now()));
        }
        api.await("/api/rewards/employees/" + STRUGGLING + "/tpp", TestTokens.admin(), r -> r.status() == 200,
                PATIENCE);
    }

    @Test
    void sangatBaikInTheYearsEvaluationWithItsEvidenceEarnsOneCertificateAndPromotionPriority() throws Exception {
        score(STAR, "2026-07", 4, "SANGAT_BAIK", "KUANTITAS", "118"); // a month: not what rewards act on
        score(STAR, "2025", 5, "BAIK", "KUANTITAS", "104");
        score(STAR, "2026", 6, "SANGAT_BAIK", "KUANTITAS", "115");
        score(STAR, "2026", 6, "SANGAT_BAIK", "KUANTITAS", "115");
        String token = TestTokens.employee(STAR, AGENCY);
        ApiClient.Response rewarded = api.await("/api/rewards/employees/" + STAR + "/rewards", token,
                r -> r.status() == 200 && r.body().findValues("kind").stream().filter(k -> k.asString()
                        .equals("CERTIFICATE")).count() == 1, PATIENCE);
        assertThat(rewarded.body().findValues("rewardId")).extracting(n -> n.asString())
                .contains("certificate:" + STAR + ":2026", "promotion-priority:" + STAR + ":2026")
                .doesNotContain("certificate:" + STAR + ":2025", "certificate:" + STAR + ":2026-07");
        ApiClient.Response certificate = api.get("/api/rewards/rewards/certificate:" + STAR + ":2026", token);
        assertThat(certificate.text("reason")).isEqualTo("SANGAT_BAIK in 1 consecutive years: 2026; evidence: "
                + "average capaian 115 % (at least 100 %); unit " + UNIT + " within its distribution pattern in 2026");
        assertThat(certificate.body().path("reasonCodes").toString()).isEqualTo("[{\"code\":\"SANGAT_BAIK_RUN\","
                + "\"args\":[\"1\",\"years\",\"2026\"]},{\"code\":\"CAPAIAN_AT_LEAST\",\"args\":[\"115\",\"100\"]},"
                + "{\"code\":\"PATTERN_KEPT\",\"args\":[\"2026\"]}]");

        List<ConsumerRecord<String, byte[]>> granted = kafka.awaitRecords(Topics.OUTCOMES, r -> STAR.equals(r.key())
                && ceType(r).equals(EventType.REWARD_CHANGED.type()) && text(r).contains("\"CERTIFICATE\""), 1,
                PATIENCE);
        granted.forEach(r -> assertThat(ContractSchemas.validate(EventType.REWARD_CHANGED, r.value())).isEmpty());
        Thread.sleep(1500);
        assertThat(kafka.readAll(Topics.OUTCOMES, Duration.ofMillis(500)).stream().filter(r -> STAR.equals(r.key())
                && ceType(r).equals(EventType.REWARD_CHANGED.type()) && text(r).contains("\"CERTIFICATE\""))
                .count()).as("the score delivered twice granted once").isEqualTo(1);

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl()
                + "/api/rewards/rewards/certificate:" + STAR + ":2026/certificate.pdf"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("PIAGAM PENGHARGAAN").contains("Pegawai 1001").contains("NIP " + STAR)
                    .contains("Sangat Baik pada periode 2026");
        }
        assertThat(api.get("/api/rewards/rewards/promotion-priority:" + STAR + ":2026/certificate.pdf", token)
                .status()).isEqualTo(404);
        assertThat(api.get("/api/rewards/rewards/certificate:" + STAR + ":2026",
                TestTokens.employee("197811052005011002", "dishub-smg")).status()).isEqualTo(403);

        // The unit broke its distribution pattern in 2026: the reward loses its evidence until the leadership
        // justifies the deviation.
        distribution(UNIT, "2026", 1, "VIOLATED", List.of("BAIK: at least one BUTUH_PERBAIKAN or KURANG"));
        ApiClient.Response withheld = api.await("/api/rewards/rewards/certificate:" + STAR + ":2026", token,
                r -> "WITHHELD".equals(r.body().path("status").asString()), PATIENCE);
        assertThat(withheld.text("reason")).isEqualTo("withheld: unit " + UNIT + " broke its distribution pattern in "
                + "2026 (BAIK: at least one BUTUH_PERBAIKAN or KURANG) and the deviation is not justified");
        String justification = "/api/rewards/units/" + UNIT + "/distribution-pattern/2026/justification";
        assertThat(api.put(justification, TestTokens.leader(), Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(api.put("/api/rewards/units/" + UNIT + "/distribution-pattern/2025/justification",
                TestTokens.admin(), Map.of("reason", "x")).text("code")).isEqualTo("pattern-not-broken");
        ApiClient.Response justified = api.put(justification, TestTokens.admin(), Map.of("reason",
                "Unit kecil berkinerja tinggi: seluruh target layanan terlampaui (Nota Dinas Sekda 12/2027)"));
        assertThat(justified.status()).as(justified.body().toString()).isEqualTo(200);
        ApiClient.Response regranted = api.await("/api/rewards/rewards/certificate:" + STAR + ":2026", token,
                r -> "GRANTED".equals(r.body().path("status").asString()), PATIENCE);
        assertThat(regranted.text("reason")).contains("deviated from its distribution pattern in 2026, justified: "
                + "Unit kecil berkinerja tinggi");
        assertThat(api.get("/api/rewards/units/" + UNIT + "/distribution-pattern/2026", TestTokens.agencyAdmin(
                "dishub-smg")).status()).isEqualTo(403);

        score(STAR, "2026", 9, "BAIK", "KUANTITAS", "100");
        ApiClient.Response revoked = api.await("/api/rewards/rewards/certificate:" + STAR + ":2026", token,
                r -> "REVOKED".equals(r.body().path("status").asString()), PATIENCE);
        assertThat(revoked.text("reason")).contains("no longer SANGAT_BAIK in 1 consecutive years up to 2026");
    }

    @Test
    void aUnitsBestPerformerWithTheEvidenceIsRecommendedForAnIncentiveUntilOvertaken() {
        score(RISING, "2024", 3, "BAIK", "KUANTITAS", "104");
        score(STRUGGLING, "2024", 3, "BAIK", "KUANTITAS", "101");
        String path = "/api/rewards/units/" + UNIT + "/rewards/2024";
        String agency = TestTokens.agencyAdmin(AGENCY);
        api.await(path, agency, r -> r.status() == 200 && granted(r, "INCENTIVE_RECOMMENDATION").equals(
                List.of(RISING)), PATIENCE);
        score(STRUGGLING, "2024", 4, "SANGAT_BAIK", "KUANTITAS", "111");
        ApiClient.Response moved = api.await(path, agency, r -> r.status() == 200
                && granted(r, "INCENTIVE_RECOMMENDATION").equals(List.of(STRUGGLING)), PATIENCE);
        assertThat(moved.body().findValues("status")).extracting(n -> n.asString()).contains("REVOKED");
        assertThat(api.get(path, TestTokens.agencyAdmin("dishub-smg")).status()).isEqualTo(403);
        // Below the minimum capaian the best performer loses the recommendation and no one else takes it
        score(STRUGGLING, "2024", 5, "BAIK", "KUANTITAS", "99");
        score(RISING, "2024", 5, "BAIK", "KUANTITAS", "0");
        ApiClient.Response none = api.await(path, agency, r -> r.status() == 200
                && granted(r, "INCENTIVE_RECOMMENDATION").isEmpty(), PATIENCE);
        assertThat(none.body().findValues("reason")).extracting(n -> n.asString())
                .anySatisfy(reason -> assertThat(reason).startsWith("withheld: average capaian"));
        assertThat(none.body().findValues("status")).extracting(n -> n.asString()).contains("WITHHELD");

        ApiClient.Response summary = api.get("/api/rewards/region/summary/2024", TestTokens.leader());
        assertThat(summary.status()).isEqualTo(200);
        assertThat(api.get("/api/rewards/region/summary/2024", agency).status()).isEqualTo(403);
    }

    @Test
    void aBadMonthOpensNoCaseButABadYearOpensTheCoachingCaseThePenilaiWorksOn() {
        score(STRUGGLING, "2026-03", 7, "BUTUH_PERBAIKAN", "KUANTITAS", "62.5"); // an early warning only
        score(STRUGGLING, "2026", 8, "BUTUH_PERBAIKAN", "KUANTITAS", "62.5");
        String staff = TestTokens.employee(STRUGGLING, AGENCY);
        ApiClient.Response cases = api.await("/api/rewards/employees/" + STRUGGLING + "/coaching-cases", staff,
                r -> r.status() == 200 && r.body().size() == 1, PATIENCE);
        String caseId = cases.body().get(0).path("caseId").asString();
        assertThat(cases.body().get(0).path("openedFor").asString()).as("the year's result, not the month's")
                .isEqualTo("2026");
        assertThat(cases.body().get(0).path("status").asString()).isEqualTo("OPEN");
        assertThat(cases.body().get(0).path("goals").get(0).asString()).contains("iki-0").contains("62.5");
        assertThat(cases.body().get(0).path("reviewDue").asString()).isEqualTo(java.time.LocalDate.parse(
                cases.body().get(0).path("openedOn").asString()).plusMonths(6).toString());

        score(STRUGGLING, "2027-01", 2, "KURANG", "KUANTITAS", "55");
        ApiClient.Response joined = api.await("/api/rewards/coaching-cases/" + caseId, staff,
                r -> r.body().path("triggers").size() == 2, PATIENCE);
        assertThat(joined.body().path("latest").path("predicate").asString()).isEqualTo("KURANG");
        assertThat(api.get("/api/rewards/employees/" + STRUGGLING + "/coaching-cases", staff).body().size())
                .as("one open case at a time").isEqualTo(1);

        String penilai = TestTokens.employee(PENILAI, AGENCY);
        ApiClient.Response mine = api.get("/api/rewards/penilai/" + PENILAI + "/coaching-cases", penilai);
        assertThat(mine.body().valueStream().map(c -> c.path("caseId").asString()).toList())
                .as("the penilai's work list: the cases of the staff they evaluate").contains(caseId);
        assertThat(api.get("/api/rewards/penilai/" + PENILAI + "/coaching-cases", staff).text("code"))
                .as("a staff member does not read whom their penilai coaches").isEqualTo("not-your-appraisees");
        assertThat(api.post("/api/rewards/coaching-cases/" + caseId + "/sessions", staff,
                Map.of("date", "2027-01-10", "notes", "x")).status()).isEqualTo(403);
        ApiClient.Response session = api.post("/api/rewards/coaching-cases/" + caseId + "/sessions", penilai,
                Map.of("date", "2027-01-10", "notes", "Rencana perbaikan disepakati"));
        assertThat(session.status()).as(session.body().toString()).isEqualTo(200);
        assertThat(session.body().path("sessions").size()).isEqualTo(1);
        ApiClient.Response early = api.post("/api/rewards/coaching-cases/" + caseId + "/review", penilai,
                Map.of("note", "terlalu cepat"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("detail")).contains("the review is due on");
        ConsumerRecord<String, byte[]> event = kafka.awaitRecord(Topics.OUTCOMES, r -> STRUGGLING.equals(r.key())
                && ceType(r).equals(EventType.COACHING_CASE_CHANGED.type()), PATIENCE);
        assertThat(ContractSchemas.validate(EventType.COACHING_CASE_CHANGED, event.value())).isEmpty();
        assertThat(api.get("/api/rewards/agencies/" + AGENCY + "/coaching-cases", TestTokens.leader()).body()
                .size()).isEqualTo(1);
    }

    @Test
    void aWeakQualityIndicatorIsATrainingNeedOfTheUnitUntilALaterScoreClearsIt() {
        score(RISING, "2026-06", 2, null, "KUALITAS", "72.5");
        String path = "/api/rewards/units/" + UNIT + "/training-needs/2026-06";
        ApiClient.Response needs = api.await(path, TestTokens.agencyAdmin(AGENCY), r -> r.status() == 200
                && r.body().size() == 1, PATIENCE);
        assertThat(needs.body().get(0).path("topic").asString()).isEqualTo("KUALITAS:iki-0");
        assertThat(needs.body().get(0).path("needs").get(0).path("employeeId").asString()).isEqualTo(RISING);
        score(RISING, "2026-06", 3, null, "KUALITAS", "95");
        api.await(path, TestTokens.agencyAdmin(AGENCY), r -> r.status() == 200 && r.body().isEmpty(), PATIENCE);
        ConsumerRecord<String, byte[]> resolved = kafka.awaitRecord(Topics.OUTCOMES, r -> RISING.equals(r.key())
                && ceType(r).equals(EventType.TRAINING_NEED_CHANGED.type()) && text(r).contains("RESOLVED"), PATIENCE);
        assertThat(ContractSchemas.validate(EventType.TRAINING_NEED_CHANGED, resolved.value())).isEmpty();
    }

    private static List<String> granted(ApiClient.Response response, String kind) {
        List<String> employees = new ArrayList<>();
        response.body().forEach(r -> {
            if ("GRANTED".equals(r.path("status").asString()) && kind.equals(r.path("kind").asString())) {
                employees.add(r.path("employeeId").asString());
            }
        });
        return employees;
    }

    private static String baseUrl() {
        return "http://localhost:" + rewards.context().getEnvironment().getProperty("local.server.port");
    }

    private static void distribution(String unit, String period, long version, String status,
            List<String> violations) {
        DistributionChanged changed = new DistributionChanged(unit, AGENCY, "semarang", period, version, status,
                "BAIK", 3, Map.of("BAIK", 2, "SANGAT_BAIK", 1), violations, List.of());
        kafka.send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(EventType.DISTRIBUTION_CHANGED,
                "distribution:" + unit + ":" + period + ":" + version, "/services/scoring/test", unit + ":" + period,
                unit, Instant.now(), changed)));
    }

    private static void score(String employee, String period, long version, String predicate, String aspect,
            String capaian) {
        BigDecimal value = new BigDecimal(capaian);
        String band = value.compareTo(new BigDecimal("110")) >= 0 ? "ABOVE"
                : value.compareTo(new BigDecimal("90")) >= 0 ? "MEETS" : "BELOW";
        ScoreUpdated score = new ScoreUpdated(employee, "semarang", AGENCY, UNIT, period, version, band, value,
                List.of(new ScoreUpdated.IndicatorScore("iki-0", "UTAMA", aspect, new BigDecimal("100"), value, value,
                        band, 5)), predicate == null ? "OPEN" : "PREDICATE_SET", null, null, null, predicate, null,
                false, false, null, null);
        kafka.send(CloudEventRecords.toProducerRecord(OutgoingEvent.of(EventType.SCORE_UPDATED, "score:" + employee
                + ":" + period + ":" + version, "/services/scoring/test", Topics.scoreKey(employee, period), employee,
                Instant.now(), score)));
    }
}
