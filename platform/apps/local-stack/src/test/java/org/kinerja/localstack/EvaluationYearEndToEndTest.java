package org.kinerja.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.localstack.PlatformHarness.PATIENCE;
import static org.kinerja.localstack.PlatformHarness.retryWhileUnprocessable;
import static org.kinerja.localstack.PlatformHarness.token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kinerja.platform.test.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * One whole evaluation year of a small OPD, as a BKPSDM runs it, through the gateway of the whole platform: the
 * region's leadership (Sekda and Walikota) above the tree; plans cascading from the agency's performance agreement
 * down to the staff member; reports and a realisasi; monthly ratings and the annual proposal from them; the annual
 * ratings of everyone, the head of the OPD and the Sekda included; an objection upheld and the year rated again; the
 * units' predicates and the distribution check; the TPP of a month and the pembinaan case of a year below BAIK.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationYearEndToEndTest {

    private static final String REGION = "parepare";
    private static final String WALIKOTA = "kdh-parepare";
    private static final String SETDA = "setda-pare";
    private static final String OPD = "dinsos-pare";
    private static final String BIDANG = "dinsos-pare-rehsos";
    private static final String SUBBAG = "dinsos-pare-rehsos-pelayanan";
    private static final String SEKDA = "196804121990031004";
    private static final String HEAD = "197106062000031005";
    private static final String KABID = "198104042006041006";
    private static final String KASUBBAG = "198807072012012007";
    private static final String STAFF = "199611112020122008";
    private static final int YEAR = 2025;

    /** Whether the year ran here: the subject-access export is of its people. */
    private static boolean yearDone;

    private final ApiClient api = PlatformHarness.gateway();
    private final String admin = token("bkpsdm-admin", "ADMIN", null);

    /** The year end to end, and the platform's log of it, which carries ids, never names nor a whole NIP. */
    @Test
    @Order(1)
    void everyoneIsEvaluatedTheObjectionChangesTheResultAndFollowUpActsOnTheYear() {
        PlatformHarness.stack();
        try (PlatformLog log = PlatformLog.capture()) {
            theYear();
            String text = log.text();
            for (String nip : List.of(SEKDA, HEAD, KABID, KASUBBAG, STAFF)) {
                assertThat(text).as("a whole NIP in the log").doesNotContain(nip);
                assertThat(text).as("a name in the log").doesNotContain(name(nip));
            }
            assertThat(text).doesNotContain("Walikota Parepare").doesNotContain("Pemerintah Kota Parepare");
        }
        metricsCarryNoPersonalData();
        yearDone = true;
    }

    /**
     * UU PDP's right of access, in the console: the staff member downloads everything about them at once, as JSON and
     * as a PDF, each kind of their data in it and nothing of anyone else's (the others only as who rated, answered or
     * decided); the administrator produces the head's on request; no one else may, the inspectorate included, who
     * reads and verifies the trail on its own page.
     */
    @Test
    @Order(2)
    void anEmployeeDownloadsAllTheirDataAndTheAdministratorProducesItOnRequest() {
        Assumptions.assumeTrue(yearDone, "the year ran first");
        try (ConsoleBrowser browser = ConsoleBrowser.open(PlatformHarness.stack().consoleUrl())) {
            browser.signInAs(STAFF, "EMPLOYEE", OPD);
            browser.go("/saya");
            browser.awaitText("#data-pribadi", "UU 27/2022");
            PersonalDataExport staff = PersonalDataExport.of(browser.download(browser.href("#personal-data-json")));
            staff.holdsEachKind(STAFF, name(STAFF), "employee", "skps", "reports",
                    "realisations", "feedback", "evaluations", "objections", "scores", "tpp", "coaching",
                    "auditEntries");
            assertThat(staff.kind("reports")).extracting(r -> r.path("report").path("quantity").asInt())
                    .containsExactlyInAnyOrder(10, 6);
            assertThat(staff.kind("objections")).extracting(o -> o.path("reason").asString())
                    .containsExactly("Realisasi Desember dengan bukti belum dihitung");
            assertThat(staff.kind("auditEntries")).allSatisfy(e -> assertThat(e.path("employeeId").asString())
                    .isEqualTo(STAFF)).anySatisfy(e -> assertThat(e.path("kind").asString())
                    .isEqualTo("objection.decided-by-atasan-penilai"));
            for (String other : List.of(SEKDA, HEAD, KABID, KASUBBAG)) {
                staff.holdsNothingOf(STAFF, other, name(other));
            }
            ConsoleBrowser.Download pdf = browser.download(browser.href("#personal-data-pdf"));
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            ConsoleBrowser.keep("data-pribadi", pdf.body());
            String text = PdfText.of(pdf.body());
            assertThat(text).contains("DATA PRIBADI YANG DIPROSES KINERJA", name(STAFF), "UU 27/2022",
                    "Sasaran Kinerja Pegawai (SKP)", "Keberatan (objections)", "Jejak audit keputusan tentang Anda",
                    "Realisasi Desember dengan bukti belum dihitung", "Layanan rehabilitasi sosial");
            for (String other : List.of(SEKDA, HEAD, KABID, KASUBBAG)) {
                assertThat(text).doesNotContain(name(other));
            }
            assertThat(browser.download("/data-pribadi?nip=" + KASUBBAG + "&format=json").status())
                    .as("another's file, even one's own penilai's").isEqualTo(403);
            browser.screenshot("employee-personal-data");

            browser.signInAs("bkpsdm-admin", "ADMIN", null);
            browser.go("/admin");
            assertThat(browser.find("#data-pribadi form").getDomAttribute("action")).isEqualTo("/data-pribadi");
            PersonalDataExport head = PersonalDataExport.of(browser.download("/data-pribadi?nip=" + HEAD
                    + "&format=json"));
            head.holdsEachKind(HEAD, name(HEAD), "employee", "skps", "evaluations", "scores", "rewards",
                    "auditEntries");
            assertThat(head.requestedBy()).isEqualTo("bkpsdm-admin");
            assertThat(head.kind("rewards")).extracting(r -> r.path("status").asString()).contains("WITHHELD");
            head.holdsNothingOf(HEAD, STAFF, name(STAFF));

            browser.signInAs("inspektorat", "INSPEKTORAT", null);
            assertThat(browser.download("/data-pribadi?nip=" + STAFF + "&format=json").status()).isEqualTo(403);
            browser.go("/jejak-audit?nip=" + STAFF);
            assertThat(browser.text("#audit-entries")).contains("objection.decided-by-atasan-penilai",
                    "Realisasi Desember diperhitungkan", KABID);
            browser.find("#verify").click();
            browser.awaitText("#verifikasi", "Rantai utuh");
            assertThat(browser.text("#audit-entries")).as("the filter kept").contains("objection.filed")
                    .doesNotContain("policy.published");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("inspektorat-audit-trail");
        }
    }

    /** Every service's Prometheus series after the year: counts and durations, no NIP in any label. */
    private void metricsCarryNoPersonalData() {
        PlatformHarness.stack().ports().forEach((service, port) -> {
            String metrics = new ApiClient("http://127.0.0.1:" + port).getText("/actuator/prometheus");
            assertThat(metrics).as(service + "'s metrics").contains("jvm_memory_used_bytes");
            for (String nip : List.of(SEKDA, HEAD, KABID, KASUBBAG, STAFF)) {
                assertThat(metrics).as(service + "'s metrics").doesNotContain(nip.substring(0, 14));
            }
        });
    }

    private void theYear() {
        organisation();
        assertThat(penilai(HEAD)).containsExactly(SEKDA, WALIKOTA);
        assertThat(penilai(SEKDA)).containsExactly(WALIKOTA, WALIKOTA);
        assertThat(penilai(KABID)).containsExactly(HEAD, WALIKOTA);
        assertThat(penilai(KASUBBAG)).containsExactly(KABID, HEAD);
        assertThat(penilai(STAFF)).containsExactly(KASUBBAG, KABID);

        plans();
        String staff = employee(STAFF);
        String kasubbag = employee(KASUBBAG);
        String indicator = "skp-" + YEAR + "-" + STAFF + "-rhk-1-iki-1";
        report(staff, indicator, YEAR + "-11-10", 10);
        report(staff, indicator, YEAR + "-12-10", 6);
        ApiClient.Response realisation = api.post("/api/reporting/realisations", staff, Map.of("employeeId", STAFF,
                "agencyId", OPD, "indicatorId", indicator, "period", YEAR + "-12", "realisation", 6,
                "explanation", "Dua kegiatan penjangkauan tertunda banjir", "evidenceUrl",
                "https://arsip.pareparekota.go.id/dinsos/ba-2025-12.pdf"));
        assertThat(realisation.status()).as(realisation.body().toString()).isEqualTo(202);

        // Monthly evaluations: November BAIK, December BUTUH_PERBAIKAN (an early warning, not a case)
        evaluate(STAFF, staff, kasubbag, YEAR + "-11", "MEETS", "MEETS");
        evaluate(STAFF, staff, kasubbag, YEAR + "-12", "BELOW", "MEETS");
        ApiClient.Response feedback = api.post("/api/reporting/employees/" + STAFF + "/feedback", kasubbag,
                Map.of("period", YEAR + "-12", "kind", "SUPERVISOR", "behaviour", "AKUNTABEL", "score", 70,
                        "text", "Laporan Desember terlambat dua hari"));
        assertThat(feedback.status()).as(feedback.body().toString()).isEqualTo(201);
        ApiClient.Response proposed = api.await("/api/scoring/employees/" + STAFF + "/scores/" + YEAR, kasubbag,
                r -> "2025-12".equals(r.body().path("annualProposal").path("basedOn").path(0).asString()), PATIENCE);
        assertThat(proposed.body().path("annualProposal").path("predicate").asString()).isEqualTo("BUTUH_PERBAIKAN");
        assertThat(proposed.body().path("predicate").isNull()).as("a proposal, not yet the year's").isTrue();

        // The year: the penilai follows the proposal; the staff member objects; the atasan penilai upholds it
        evaluate(STAFF, staff, kasubbag, String.valueOf(YEAR), "BELOW", "MEETS");
        awaitPredicate(STAFF, "BUTUH_PERBAIKAN");
        ApiClient.Response cases = api.await("/api/rewards/employees/" + STAFF + "/coaching-cases", staff,
                r -> r.status() == 200 && r.body().size() == 1, PATIENCE);
        assertThat(cases.body().get(0).path("openedFor").asString()).as("the year's result opens the case")
                .isEqualTo(String.valueOf(YEAR));
        String objection = "/api/reporting/employees/" + STAFF + "/periods/" + YEAR + "/objection";
        assertThat(api.post(objection, staff, Map.of("reason", "Realisasi Desember dengan bukti belum dihitung"))
                .status()).isEqualTo(201);
        assertThat(api.post(objection + "/answer", kasubbag, Map.of("answer", "Bukti masuk setelah penilaian"))
                .status()).isEqualTo(200);
        ApiClient.Response upheld = api.post(objection + "/decision", employee(KABID), Map.of("decision", "UPHELD",
                "note", "Realisasi Desember diperhitungkan"));
        assertThat(upheld.text("decision")).isEqualTo("UPHELD");
        String year = "/api/reporting/employees/" + STAFF + "/periods/" + YEAR;
        assertThat(api.get(year, staff).text("status")).isEqualTo("REOPENED");
        assertThat(api.post(year + "/rating", kasubbag, Map.of("hasilKerja", "MEETS", "perilakuKerja", "MEETS"))
                .status()).isEqualTo(200);
        assertThat(api.post(year + "/finalise", kasubbag, "{}").text("status")).isEqualTo("PREDICATE_SET");
        awaitPredicate(STAFF, "BAIK");

        // The units' predicates, each set by the head of the parent (the OPD's by the leadership, via the admin)
        predicate(SUBBAG, employee(KABID), "BAIK");
        predicate(BIDANG, employee(HEAD), "BAIK");
        predicate(OPD, admin, "ISTIMEWA");

        // Everyone above: the Kasubbag by the Kabid, the Kabid by the head, the head by the Sekda, the Sekda by
        // the Walikota (recorded by the administrator)
        evaluate(KASUBBAG, kasubbag, employee(KABID), String.valueOf(YEAR), "MEETS", "ABOVE");
        evaluate(KABID, employee(KABID), employee(HEAD), String.valueOf(YEAR), "MEETS", "MEETS");
        evaluate(HEAD, employee(HEAD), employee(SEKDA, SETDA), String.valueOf(YEAR), "MEETS", "ABOVE");
        evaluate(SEKDA, employee(SEKDA, SETDA), admin, String.valueOf(YEAR), "MEETS", "MEETS");
        for (String nip : List.of(SEKDA, HEAD, KABID, KASUBBAG, STAFF)) {
            ApiClient.Response score = api.await("/api/scoring/employees/" + nip + "/scores/" + YEAR, admin,
                    r -> r.status() == 200 && !r.body().path("predicate").isNull(), PATIENCE);
            assertThat(score.body().path("predicate").asString()).as("the year's predicate of " + nip)
                    .isIn("BAIK", "SANGAT_BAIK");
        }
        ApiClient.Response head = api.await("/api/scoring/employees/" + HEAD + "/scores/" + YEAR, admin,
                r -> "SANGAT_BAIK".equals(r.body().path("predicate").asString()), PATIENCE);
        assertThat(head.body().path("hasilKerjaRating").asString()).as("the OPD's ISTIMEWA as the head's Hasil "
                + "Kerja").isEqualTo("ABOVE");
        // SANGAT_BAIK earns the certificate, but the head's own capaian is not its evidence: withheld, and said why
        ApiClient.Response certificate = api.await("/api/rewards/rewards/certificate:" + HEAD + ":" + YEAR,
                employee(HEAD), r -> r.status() == 200, PATIENCE);
        assertThat(certificate.text("status")).isEqualTo("WITHHELD");
        assertThat(certificate.text("reason")).startsWith("withheld: average capaian 0 % is below the 100 %");
        assertThat(certificate.body().path("reasonCodes").toString()).as("the same reason as a code a client words")
                .isEqualTo("[{\"code\":\"CAPAIAN_BELOW_MINIMUM\",\"args\":[\"0\",\"100\"]}]");

        // The subbag's two members both BAIK under a BAIK predicate: the pattern is broken (guidance only)
        ApiClient.Response unit = api.await("/api/scoring/units/" + SUBBAG + "/scores/" + YEAR, admin,
                r -> r.status() == 200 && r.body().path("employees").asInt() == 2
                        && r.body().path("violations").size() > 0, PATIENCE);
        assertThat(unit.body().path("violations").toString()).contains("BUTUH_PERBAIKAN");
        assertThat(unit.body().path("violationCodes").toString()).contains(
                "{\"code\":\"BUTUH_PERBAIKAN_OR_KURANG_AT_LEAST_ONE\",\"args\":[]}");

        ApiClient.Response tpp = api.await("/api/rewards/employees/" + STAFF + "/tpp/" + YEAR + "-12", staff,
                r -> r.status() == 200 && !r.body().path("result").isNull(), PATIENCE);
        assertThat(tpp.body().path("result").path("provisional").asBoolean()).as("a month that is over").isFalse();
        assertThat(tpp.body().path("result").path("deductions").size()).as("no attendance recorded: every working "
                + "day deducted as no record, up to the discipline part").isGreaterThan(0);

        theTrailHoldsEveryDecisionWithWhoTookIt();
    }

    /**
     * The audit trail: each decision of the year above with the principal whose token made the request (the kepala
     * daerah's rating of the Sekda recorded by the administrator on their behalf; the pembinaan case opened by rewards'
     * rules), and the chain intact.
     */
    private void theTrailHoldsEveryDecisionWithWhoTookIt() {
        List<JsonNode> staff = trail("employeeId=" + STAFF, entries -> entries.stream().anyMatch(e -> e.path("kind")
                .asString().equals("objection.decided-by-atasan-penilai")) && entries.stream().anyMatch(e ->
                e.path("kind").asString().startsWith("coaching.")));
        assertThat(actorOf(staff, "skp.submitted", "skp-" + YEAR + "-" + STAFF)).isEqualTo(STAFF);
        assertThat(actorOf(staff, "skp.approved", "skp-" + YEAR + "-" + STAFF)).isEqualTo(KASUBBAG);
        assertThat(actorOf(staff, "evaluation.rated", STAFF + ":" + YEAR)).isEqualTo(KASUBBAG);
        assertThat(actorOf(staff, "objection.filed", STAFF + ":" + YEAR)).isEqualTo(STAFF);
        assertThat(actorOf(staff, "objection.answered-by-penilai", STAFF + ":" + YEAR)).isEqualTo(KASUBBAG);
        JsonNode decided = entry(staff, "objection.decided-by-atasan-penilai", STAFF + ":" + YEAR);
        assertThat(decided.path("actor").path("subject").asString()).isEqualTo(KABID);
        assertThat(decided.path("actor").path("roles").toString()).isEqualTo("[\"EMPLOYEE\"]");
        assertThat(decided.path("reason").asString()).isEqualTo("Realisasi Desember diperhitungkan");
        assertThat(decided.path("before").path("status").asString()).isEqualTo("ANSWERED_BY_PENILAI");
        assertThat(staff).anySatisfy(e -> assertThat(e.path("kind").asString()).isEqualTo("evaluation.reopened"));
        assertThat(staff).filteredOn(e -> e.path("kind").asString().startsWith("coaching."))
                .allSatisfy(e -> assertThat(e.path("actor").path("subject").asString()).isEqualTo("system:rewards"));

        List<JsonNode> sekda = trail("employeeId=" + SEKDA + "&kind=evaluation", entries -> entries.stream()
                .anyMatch(e -> e.path("kind").asString().equals("evaluation.rated")));
        JsonNode walikota = entry(sekda, "evaluation.rated", SEKDA + ":" + YEAR);
        assertThat(walikota.path("actor").path("subject").asString()).isEqualTo("bkpsdm-admin");
        assertThat(walikota.path("actor").path("roles").toString()).isEqualTo("[\"ADMIN\"]");
        assertThat(walikota.path("actor").path("onBehalfOf").asString()).isEqualTo(WALIKOTA);
        List<JsonNode> units = trail("agencyId=" + OPD + "&kind=unit-predicate", entries -> entries.size() >= 3);
        assertThat(actorOf(units, "unit-predicate.set", SUBBAG + ":" + YEAR)).isEqualTo(KABID);
        assertThat(actorOf(units, "unit-predicate.set", BIDANG + ":" + YEAR)).isEqualTo(HEAD);

        assertThat(api.get("/api/audit/entries?employeeId=" + STAFF, employee(KABID)).status())
                .as("not even the atasan penilai reads another's trail").isEqualTo(403);
        JsonNode verification = api.get("/api/audit/verification", admin).body();
        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
    }

    private List<JsonNode> trail(String query, java.util.function.Predicate<List<JsonNode>> complete) {
        List<List<JsonNode>> found = new java.util.ArrayList<>();
        api.await("/api/audit/entries?limit=500&" + query, admin, r -> {
            List<JsonNode> entries = new java.util.ArrayList<>();
            r.body().path("entries").forEach(entries::add);
            found.add(0, entries);
            return r.status() == 200 && complete.test(entries);
        }, PATIENCE);
        return found.get(0);
    }

    private static JsonNode entry(List<JsonNode> entries, String kind, String subjectId) {
        return entries.stream().filter(e -> e.path("kind").asString().equals(kind)
                && e.path("subjectId").asString().equals(subjectId)).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no " + kind + " of " + subjectId + " in the trail: "
                        + entries.stream().map(e -> e.path("kind").asString() + " " + e.path("subjectId")
                        .asString()).toList()));
    }

    private static String actorOf(List<JsonNode> entries, String kind, String subjectId) {
        return entry(entries, kind, subjectId).path("actor").path("subject").asString();
    }

    private void organisation() {
        api.post("/api/registry/regional-governments", admin, Map.of("regionId", REGION, "name",
                "Pemerintah Kota Parepare", "kind", "KOTA"));
        unit(SETDA, null, "OPD", admin);
        unit(OPD, null, "OPD", admin);
        String operator = token("operator-" + OPD, "AGENCY_ADMIN", OPD);
        unit(BIDANG, OPD, "BIDANG", operator);
        unit(SUBBAG, BIDANG, "SUBBAG", operator);
        register(SEKDA, SETDA, "JPT", true, token("operator-" + SETDA, "AGENCY_ADMIN", SETDA));
        register(HEAD, OPD, "JPT", true, operator);
        register(KABID, BIDANG, "ADMINISTRATOR", true, operator);
        register(KASUBBAG, SUBBAG, "PENGAWAS", true, operator);
        register(STAFF, SUBBAG, "PELAKSANA", false, operator);
        String path = "/api/registry/regional-governments/" + REGION + "/leadership";
        if (api.get(path, admin).status() == 404) {
            ApiClient.Response set = api.put(path, admin, Map.of("kepalaDaerahId", WALIKOTA, "kepalaDaerahName",
                    "Walikota Parepare", "kepalaDaerahTitle", "WALIKOTA", "sekdaId", SEKDA, "effectiveFrom",
                    YEAR + "-01-02"));
            assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
        }
    }

    private void unit(String unitId, String parent, String type, String token) {
        Map<String, Object> body = new HashMap<>(Map.of("unitId", unitId, "regionId", REGION, "name", unitId,
                "unitType", type));
        if (parent != null) {
            body.put("parentUnitId", parent);
        }
        assertThat(api.post("/api/registry/units", token, body).status()).isIn(201, 409);
    }

    private void register(String nip, String unit, String position, boolean head, String operator) {
        assertThat(api.post("/api/registry/employees", operator, Map.of("nip", nip, "name", name(nip),
                "unitId", unit, "asnType", "PNS", "positionType", position, "headOfUnit", head,
                "effectiveFrom", YEAR + "-01-02")).status()).isIn(201, 200, 409);
    }

    private static String name(String nip) {
        return "Pegawai Parepare " + nip.substring(14);
    }

    private List<String> penilai(String nip) {
        ApiClient.Response employee = api.await("/api/registry/employees/" + nip, admin,
                r -> r.status() == 200 && !r.text("atasanPenilaiId").isEmpty(), PATIENCE);
        return List.of(employee.text("penilaiId"), employee.text("atasanPenilaiId"));
    }

    /** The plans of the year, each cascading from the one above, each approved by the employee's own penilai. */
    private void plans() {
        assertThat(api.put("/api/planning/agencies/" + OPD + "/agreements/" + YEAR, token("operator-" + OPD,
                "AGENCY_ADMIN", OPD), Map.of("targets", List.of(Map.of("targetId", "pk-" + YEAR + "-1",
                        "description", "Persentase PPKS yang mendapat layanan rehabilitasi", "indicator",
                        "PPKS terlayani", "target", 90, "unit", "%")))).status()).isEqualTo(200);
        plan(SEKDA, SETDA, null, admin);
        plan(HEAD, OPD, "pk-" + YEAR + "-1", employee(SEKDA, SETDA));
        plan(KABID, OPD, "skp-" + YEAR + "-" + HEAD + "-rhk-1", employee(HEAD));
        plan(KASUBBAG, OPD, "skp-" + YEAR + "-" + KABID + "-rhk-1", employee(KABID));
        plan(STAFF, OPD, "skp-" + YEAR + "-" + KASUBBAG + "-rhk-1", employee(KASUBBAG));
    }

    private void plan(String nip, String agency, String parentRhk, String approver) {
        String own = employee(nip, agency);
        String planId = "skp-" + YEAR + "-" + nip;
        if ("APPROVED".equals(api.get("/api/planning/plans/" + planId, own).text("status"))) {
            return;
        }
        Map<String, Object> rhk = new HashMap<>(Map.of("kind", "UTAMA", "description",
                "Terlayaninya PPKS dengan rehabilitasi sosial", "indicators", List.of(Map.of("description",
                        "PPKS yang dilayani", "aspect", "KUANTITAS", "target", 120, "unit", "orang", "polarity",
                        "HIGHER_IS_BETTER", "aggregation", "SUM", "periodTargets", List.of(
                                Map.of("period", YEAR + "-11", "target", 10),
                                Map.of("period", YEAR + "-12", "target", 10))))));
        if (parentRhk != null) {
            rhk.put("parentRhkId", parentRhk);
        }
        ApiClient.Response created = retryWhileUnprocessable(() -> api.post("/api/planning/plans", own, Map.of(
                "employeeId", nip, "year", YEAR, "approach", "KUANTITATIF", "rhk", List.of(rhk))));
        assertThat(created.status()).as(created.body().toString()).isIn(201, 409);
        ApiClient.Response submitted = retryWhileUnprocessable(() -> api.post("/api/planning/plans/" + planId
                + "/submit", own, "{}"));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        // Planning learns who the penilai is from the registry's events: just after the leadership is set, its copy
        // may still name the previous penilai for a moment
        ApiClient.Response approved = PlatformHarness.retryWhile(r -> "not-the-penilai".equals(r.text("code")),
                () -> api.post("/api/planning/plans/" + planId + "/approve", approver, "{}"));
        assertThat(approved.status()).as(nip + ": " + approved.body()).isEqualTo(200);
    }

    private void report(String token, String indicator, String date, int quantity) {
        ApiClient.Response accepted = retryWhileUnprocessable(() -> api.postWithHeader("/api/reporting/activities",
                token, Map.of("employeeId", STAFF, "agencyId", OPD, "indicatorId", indicator, "activityDate", date,
                        "quantity", quantity, "description", "Layanan rehabilitasi sosial"), "Idempotency-Key",
                "year-" + date));
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
    }

    /** Self-assessment, the penilai's ratings, finalised (once the plan's approval has reached reporting). */
    private void evaluate(String nip, String self, String penilai, String period, String hasil, String perilaku) {
        String path = "/api/reporting/employees/" + nip + "/periods/" + period;
        ApiClient.Response assessed = retryWhileUnprocessable(() -> api.post(path + "/self-assessment", self,
                Map.of("text", "Capaian " + period)));
        assertThat(assessed.status()).as(assessed.body().toString()).isEqualTo(200);
        ApiClient.Response rated = PlatformHarness.retryWhile(r -> "not-the-penilai".equals(r.text("code")),
                () -> api.post(path + "/rating", penilai, Map.of("hasilKerja", hasil, "perilakuKerja", perilaku)));
        assertThat(rated.status()).as(nip + " " + period + ": " + rated.body()).isEqualTo(200);
        assertThat(api.post(path + "/finalise", penilai, "{}").text("status")).isEqualTo("PREDICATE_SET");
    }

    private void awaitPredicate(String nip, String predicate) {
        api.await("/api/scoring/employees/" + nip + "/scores/" + YEAR, admin,
                r -> predicate.equals(r.body().path("predicate").asString()), PATIENCE);
    }

    private void predicate(String unitId, String token, String predicate) {
        ApiClient.Response set = retryWhileUnprocessable(() -> api.put("/api/planning/units/" + unitId
                + "/predicates/" + YEAR, token, Map.of("predicate", predicate)));
        assertThat(set.status()).as(unitId + ": " + set.body()).isEqualTo(200);
    }

    private String employee(String nip) {
        return employee(nip, OPD);
    }

    private String employee(String nip, String agency) {
        return token(nip, "EMPLOYEE", agency);
    }
}
