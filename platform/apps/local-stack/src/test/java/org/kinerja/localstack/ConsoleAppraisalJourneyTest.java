package org.kinerja.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.localstack.PlatformHarness.PATIENCE;
import static org.kinerja.localstack.PlatformHarness.retryWhileUnprocessable;
import static org.kinerja.localstack.PlatformHarness.token;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kinerja.platform.test.ApiClient;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The SKP and the rating in a real browser, as an employee and their pejabat penilai take them: the employee writes
 * an SKP and submits it; the penilai finds it on the work list (with Monitoring Pengisian), approves it, later rates
 * the employee's month on the form whose distribution curve moves with the ratings chosen, and sets the predicate.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleAppraisalJourneyTest {

    private static final PlatformHarness.Slice SLICE = new PlatformHarness.Slice("bapenda-nilai",
            "bapenda-nilai-pajak", "199909092023032002", "198909092014121002");
    private static final String HEAD_OF_OPD = "197709092005011003";
    /** A month that is over, in the year of the harness's plans. */
    private static final String MONTH = YearMonth.now(ZoneId.of("Asia/Makassar")).minusMonths(1).toString();

    private static ConsoleBrowser browser;
    private final ApiClient api = PlatformHarness.gateway();

    @BeforeAll
    static void aSliceWithoutAPlanAndABrowser() {
        browser = ConsoleBrowser.open(PlatformHarness.stack().consoleUrl());
        PlatformHarness.registerSlice(SLICE);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theEmployeeWritesAnSkpWithTheFormAndSubmitsIt() {
        String staff = token(SLICE.staff(), "EMPLOYEE", SLICE.agency());
        // planning learns of the new employee from the registry's events
        api.await("/api/planning/plans/" + SLICE.planId(), staff, r -> r.status() == 404, PATIENCE);
        browser.signInAs(SLICE.staff(), "EMPLOYEE", SLICE.agency());
        browser.wait.until(ExpectedConditions.urlContains("/saya"));
        assertThat(browser.text("#skp")).contains("Belum ada SKP");

        browser.find("#rhk-description").sendKeys("Meningkatnya penerimaan pajak daerah");
        browser.find("#indicator").sendKeys("Wajib pajak yang dilayani");
        browser.find("#target").sendKeys("120");
        browser.find("#unit").sendKeys("wajib pajak");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("employee-writes-skp");
        browser.find("#add-rhk").click();
        browser.awaitText("#skp", "RHK ditambahkan");
        assertThat(browser.text("#skp")).contains("Konsep", "Meningkatnya penerimaan pajak daerah",
                "Wajib pajak yang dilayani");

        browser.find("#rhk-description").sendKeys("Tertibnya administrasi pajak");
        browser.find("#indicator").sendKeys("Berkas diverifikasi");
        browser.find("#target").sendKeys("abc"); // not a number: planning says what to correct, nothing is lost
        browser.find("#unit").sendKeys("berkas");
        browser.find("#add-rhk").click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#skp .problem")));
        assertThat(browser.find("#rhk-description").getDomProperty("value")).isEqualTo("Tertibnya administrasi pajak");

        browser.find("#submit-skp").click();
        browser.awaitText("#skp", "SKP diajukan ke penilai");
        assertThat(browser.text("#skp")).contains("Diajukan");
        assertThat(api.get("/api/planning/plans/" + SLICE.planId(), staff).body().path("rhk").size())
                .as("one RHK: the refused one was not added").isOne();
        browser.signOut();
    }

    @Test
    @Order(2)
    void thePenilaiApprovesItFromTheWorkList() {
        browser.signInAs(SLICE.supervisor(), "EMPLOYEE", SLICE.agency());
        browser.wait.until(ExpectedConditions.urlContains("/saya"));
        assertThat(browser.text("main")).contains("Anda pejabat penilai bagi 1 pegawai");
        browser.find("a[href='/penilai']").click();
        browser.wait.until(ExpectedConditions.urlContains("/penilai"));
        assertThat(browser.text("#tugas")).contains("SKP menunggu persetujuan", "Siti Nurhaliza");
        assertThat(browser.text("#pengisian")).contains("1 dari 1 pegawai belum mengisi", "Belum mengisi");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("penilai-home");

        browser.find("[data-task=APPROVE_SKP] a").click();
        browser.wait.until(ExpectedConditions.urlContains("/penilai/skp/" + SLICE.staff()));
        assertThat(browser.text("main")).contains("Meningkatnya penerimaan pajak daerah", "Tidak diturunkan");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("penilai-skp");
        browser.find("#approve").click();
        browser.awaitText("main", "SKP disetujui");
        assertThat(browser.text("main")).doesNotContain("SKP menunggu persetujuan");
        assertThat(api.get("/api/planning/plans/" + SLICE.planId(), token(SLICE.staff(), "EMPLOYEE",
                SLICE.agency())).text("status")).isEqualTo("APPROVED");
        browser.signOut();
    }

    @Test
    @Order(3)
    void thePenilaiRatesTheMonthWatchingTheCurveAndSetsThePredicate() {
        String staff = token(SLICE.staff(), "EMPLOYEE", SLICE.agency());
        String period = "/api/reporting/employees/" + SLICE.staff() + "/periods/" + MONTH;
        ApiClient.Response assessed = retryWhileUnprocessable(() -> api.post(period + "/self-assessment", staff,
                Map.of("text", "Pelayanan wajib pajak sesuai target bulan ini")));
        assertThat(assessed.status()).as(assessed.body().toString()).isEqualTo(200);
        // The unit's predicate for the month, set by the head of the parent unit: the head of the OPD
        assertThat(api.post("/api/registry/employees", token("operator", "AGENCY_ADMIN", SLICE.agency()), Map.of(
                "nip", HEAD_OF_OPD, "name", "Kepala Bapenda", "unitId", SLICE.agency(), "asnType", "PNS",
                "positionType", "JPT", "headOfUnit", true)).status()).isIn(200, 201);
        ApiClient.Response unitPredicate = PlatformHarness.retryWhile(r -> r.status() == 403 || r.status() == 422,
                () -> api.put("/api/planning/units/" + SLICE.unit() + "/predicates/" + MONTH, token(HEAD_OF_OPD,
                        "EMPLOYEE", SLICE.agency()), Map.of("predicate", "BAIK")));
        assertThat(unitPredicate.status()).as(unitPredicate.body().toString()).isEqualTo(200);

        browser.signInAs(SLICE.supervisor(), "EMPLOYEE", SLICE.agency());
        browser.go("/penilai");
        browser.reloadUntil("[data-task=RATE] a").click();
        browser.wait.until(ExpectedConditions.urlContains("/penilai/nilai/" + SLICE.staff() + "/" + MONTH));
        assertThat(browser.text("#bukti")).contains("Pelayanan wajib pajak sesuai target bulan ini");
        // scoring learns of the unit's predicate from planning's event
        browser.reloadUntilText("#curve", "Predikat unit: Baik");

        Select hasil = new Select(browser.find("#hasilKerja"));
        new Select(browser.find("#perilakuKerja")).selectByValue("MEETS");
        hasil.selectByValue("MEETS");
        browser.awaitText("#curve-predicate", "Baik");
        browser.awaitText("#curve", "Pola distribusi tidak terpenuhi");
        assertThat(browser.text("#curve-violations")).contains("Paling sedikit satu pegawai Butuh Perbaikan atau Kurang");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("penilai-rating");

        hasil.selectByValue("BELOW");
        browser.awaitText("#curve-predicate", "Butuh Perbaikan");
        browser.awaitText("#curve", "Sebaran sesuai pola distribusi");
        assertThat(browser.find("#curve [data-predicate=BUTUH_PERBAIKAN] td.num").getText()).isEqualTo("1");
        browser.screenshot("penilai-rating-curve-moved");

        browser.find("#finalise").click();
        browser.awaitText("main", "Predikat ditetapkan");
        thePrintedSkpAndEvaluationNameThePeopleAndTheirUnit();
        assertThat(api.get(period, staff).text("status")).isEqualTo("PREDICATE_SET");
        api.await("/api/scoring/employees/" + SLICE.staff() + "/scores/" + MONTH, staff,
                r -> "BUTUH_PERBAIKAN".equals(r.body().path("predicate").asString()), PATIENCE);
        browser.signOut();
    }

    @Test
    @Order(4)
    void theAdministratorLocksTheFinalisedMonthThenReopensItWithAReason() {
        browser.signInAs("bkpsdm-admin", "ADMIN", null);
        browser.wait.until(ExpectedConditions.urlContains("/admin"));
        browser.find("#period-nip").sendKeys(SLICE.staff());
        browser.find("#period-period").sendKeys(MONTH);
        browser.find("#find-period").click();
        browser.awaitText("#period-state", "Predikat ditetapkan");
        assertThat(browser.text("#period-state")).contains("Di bawah ekspektasi / Sesuai ekspektasi");
        browser.find("#lock").click();
        browser.awaitText("#periode .done", "Periode sekarang: Dikunci.");
        assertThat(browser.driver.findElements(By.id("lock"))).as("a locked period is not locked again").isEmpty();

        browser.find("#reopen").click();
        assertThat(browser.driver.getCurrentUrl()).as("the reason is required by the form").doesNotContain("buka");
        browser.find("#reopen-reason").sendKeys("Bukti realisasi bulan ini baru diunggah");
        browser.find("#reopen").click();
        browser.awaitText("#periode .done", "Periode sekarang: Dibuka kembali.");
        assertThat(browser.text("#period-state")).contains("Bukti realisasi bulan ini baru diunggah");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("admin-period");
        browser.signOut();

        browser.signInAs(SLICE.supervisor(), "EMPLOYEE", SLICE.agency());
        browser.go("/penilai");
        browser.reloadUntil("[data-task=RATE][data-employee='" + SLICE.staff() + "']");
        browser.signOut();
    }

    @Test
    @Order(5)
    void theEmployeeObjectsToTheYearThePenilaiAnswersAndTheAtasanUpholdsIt() {
        String year = MONTH.substring(0, 4);
        String staff = token(SLICE.staff(), "EMPLOYEE", SLICE.agency());
        String period = "/api/reporting/employees/" + SLICE.staff() + "/periods/" + year;
        browser.signInAs(SLICE.staff(), "EMPLOYEE", SLICE.agency());
        browser.wait.until(ExpectedConditions.urlContains("/saya"));
        new Select(browser.find("#assess-period")).selectByValue(year);
        browser.find("#assess-text").sendKeys("Target penerimaan pajak tahun ini tercapai");
        browser.find("#assess").click();
        browser.awaitText("#evaluasi .done", "Penilaian diri terkirim");
        assertThat(browser.text("#periods [data-period='" + year + "']"))
                .contains("Penilaian diri masuk", "Target penerimaan pajak tahun ini tercapai");
        browser.signOut();

        // The year rated and finalised by the penilai (the rating form is the month's, tested above)
        String supervisor = token(SLICE.supervisor(), "EMPLOYEE", SLICE.agency());
        assertThat(PlatformHarness.retryWhile(r -> r.status() == 403 || r.status() == 422, () -> api.put(
                "/api/planning/units/" + SLICE.unit() + "/predicates/" + year, token(HEAD_OF_OPD, "EMPLOYEE",
                        SLICE.agency()), Map.of("predicate", "BAIK"))).status()).isEqualTo(200);
        assertThat(api.post(period + "/rating", supervisor, Map.of("hasilKerja", "BELOW", "perilakuKerja", "MEETS"))
                .status()).isEqualTo(200);
        assertThat(api.post(period + "/finalise", supervisor, Map.of()).status()).isEqualTo(200);

        browser.signInAs(SLICE.staff(), "EMPLOYEE", SLICE.agency());
        browser.go("/saya");
        browser.find("#object").click();
        assertThat(browser.driver.getCurrentUrl()).as("the reason is required by the form").doesNotContain("keberatan");
        browser.find("#objection-reason").sendKeys("Realisasi triwulan IV belum diperhitungkan");
        browser.find("#object").click();
        browser.awaitText("#evaluasi .done", "Keberatan diajukan");
        assertThat(browser.text("#keberatan")).contains("menunggu tanggapan pejabat penilai",
                "Realisasi triwulan IV belum diperhitungkan");
        // the year's predicate opened a pembinaan case; its goals name the SKP's indicators in the SKP's words
        browser.reloadUntilText("#pembinaan", "Wajib pajak yang dilayani");
        assertThat(browser.text("#pembinaan")).contains("Butuh Perbaikan",
                "Tingkatkan capaian “Wajib pajak yang dilayani” dari 0 %").doesNotContain("-rhk-1-iki-1", "Raise");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("employee-objection");
        browser.signOut();

        browser.signInAs(SLICE.supervisor(), "EMPLOYEE", SLICE.agency());
        browser.go("/penilai");
        browser.reloadUntil("[data-task=ANSWER_OBJECTION] a").click();
        browser.wait.until(ExpectedConditions.urlContains("/penilai/keberatan/" + SLICE.staff() + "/" + year));
        assertThat(browser.text("#objection")).contains("Realisasi triwulan IV belum diperhitungkan",
                "Di bawah ekspektasi / Sesuai ekspektasi");
        browser.find("#answer").sendKeys("Realisasi triwulan IV telah diperhitungkan dari laporan bulanan");
        browser.find("#send-answer").click();
        browser.awaitText("main", "Tanggapan atas keberatan terkirim");
        browser.signOut();

        browser.signInAs(HEAD_OF_OPD, "EMPLOYEE", SLICE.agency());
        browser.go("/penilai");
        browser.reloadUntil("[data-task=DECIDE_OBJECTION] a").click();
        browser.wait.until(ExpectedConditions.urlContains("/penilai/keberatan/" + SLICE.staff() + "/" + year));
        assertThat(browser.text("#objection")).contains("Realisasi triwulan IV telah diperhitungkan");
        browser.find("input[name=decision][value=UPHELD]").click();
        browser.find("#decision-note").sendKeys("Bukti triwulan IV menunjukkan target tercapai; dinilai ulang");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("atasan-objection");
        browser.find("#send-decision").click();
        browser.awaitText("main", "Keberatan diputuskan");
        browser.signOut();
        assertThat(api.get(period, staff).text("status")).as("an upheld objection reopens the evaluation")
                .isEqualTo("REOPENED");
    }

    @Test
    @Order(6)
    void theEmployeeProposesANewTargetAndThePenilaiApprovesTheRevision() {
        String staff = token(SLICE.staff(), "EMPLOYEE", SLICE.agency());
        String indicator = PlatformHarness.indicatorOf(SLICE.planId());
        browser.signInAs(SLICE.staff(), "EMPLOYEE", SLICE.agency());
        browser.wait.until(ExpectedConditions.urlContains("/saya"));
        browser.find("#revise-skp summary").click();
        org.openqa.selenium.WebElement target = browser.find("[id='target-" + indicator + "']");
        target.clear();
        target.sendKeys("150");
        browser.find("#revise").click();
        browser.awaitText("#skp", "Perubahan SKP diajukan");
        assertThat(browser.text("#skp")).as("the approved SKP stays in force meanwhile")
                .contains("Perubahan diajukan", "120 wajib pajak");
        browser.signOut();

        browser.signInAs(SLICE.supervisor(), "EMPLOYEE", SLICE.agency());
        browser.go("/penilai");
        browser.reloadUntil("[data-task=APPROVE_SKP] a").click();
        browser.wait.until(ExpectedConditions.urlContains("/penilai/skp/" + SLICE.staff()));
        assertThat(browser.text("main")).as("the proposal is what is decided").contains("150 wajib pajak");
        browser.find("#approve").click();
        browser.awaitText("main", "SKP disetujui");
        browser.signOut();
        assertThat(api.get("/api/planning/plans/" + SLICE.planId(), staff).body().path("rhk").get(0)
                .path("indicators").get(0).path("target").asInt()).isEqualTo(150);
    }

    @Test
    @Order(7)
    void thePenilaiLeadsThePembinaanCaseFromTheWorkList() {
        browser.signInAs(SLICE.supervisor(), "EMPLOYEE", SLICE.agency());
        browser.go("/penilai");
        browser.reloadUntil("[data-task=COACH][data-employee='" + SLICE.staff() + "'] a").click();
        browser.wait.until(ExpectedConditions.urlContains("/penilai/pembinaan/"));
        assertThat(browser.text("#case")).contains("Butuh Perbaikan",
                "Tingkatkan capaian “Wajib pajak yang dilayani” dari 0 %").doesNotContain("-rhk-1-iki-1", "Raise");
        browser.find("#session-notes").sendKeys("Rencana perbaikan pelayanan wajib pajak disepakati");
        browser.find("#add-session").click();
        browser.awaitText("main", "Sesi pembinaan dicatat");
        assertThat(browser.text("#sessions")).contains("Rencana perbaikan pelayanan wajib pajak disepakati");
        browser.find("#goal").sendKeys("Melayani 15 wajib pajak per hari");
        browser.find("#add-goal").click();
        browser.awaitText("main", "Tujuan ditambahkan");
        assertThat(browser.text("#case")).contains("Melayani 15 wajib pajak per hari");

        browser.find("#review-note").sendKeys("Terlalu cepat");
        browser.find("#review").click();
        browser.awaitText("main .problem", "review is due on");
        assertThat(browser.find("#review-note").getDomProperty("value")).isEqualTo("Terlalu cepat");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("penilai-coaching");
        browser.signOut();
    }

    /** The SKP (PermenPANRB 6/2022 layout) and the month's evaluation form, as the penilai prints them. */
    private static void thePrintedSkpAndEvaluationNameThePeopleAndTheirUnit() {
        ConsoleBrowser.Download skp = browser.download("/dokumen/" + SLICE.staff() + "/skp/" + MONTH.substring(0, 4));
        assertThat(skp.status()).isEqualTo(200);
        assertThat(skp.contentType()).isEqualTo("application/pdf");
        ConsoleBrowser.keep("skp", skp.body());
        assertThat(PdfText.of(skp.body())).contains("SASARAN KINERJA PEGAWAI", "Pegawai yang dinilai",
                "Siti Nurhaliza", "Andi Rahman", "Pejabat penilai kinerja", "Bidang Pelayanan",
                "penerimaan pajak daerah", "Berorientasi Pelayanan", "Makassar, ",
                "LAMPIRAN SASARAN KINERJA PEGAWAI").doesNotContain("skp-2026", "bapenda-nilai-pajak", "rhk-1");
        ConsoleBrowser.Download evaluation = browser.download("/dokumen/" + SLICE.staff() + "/evaluasi/" + MONTH);
        assertThat(evaluation.status()).isEqualTo(200);
        ConsoleBrowser.keep("evaluasi", evaluation.body());
        assertThat(PdfText.of(evaluation.body())).contains("DOKUMEN EVALUASI KINERJA PEGAWAI", "Siti Nurhaliza",
                "Andi Rahman", "Kepala Bapenda", "Predikat unit kerja", "Baik", "Di bawah ekspektasi",
                "Wajib pajak yang dilayani").doesNotContain("bapenda-nilai-pajak");
        assertThat(browser.download("/dokumen/" + SLICE.staff() + "/piagam/2026").status())
                .as("no certificate was granted").isEqualTo(404);
    }
}
