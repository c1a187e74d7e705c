package org.kinerja.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.localstack.PlatformHarness.retryWhileUnprocessable;
import static org.kinerja.localstack.PlatformHarness.token;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinerja.platform.test.ApiClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real browser (chromium), on the platform as command one starts it: each role's journey as its
 * people take it, with screenshots of each first page and an accessibility check (axe-core) of each.
 */
class ConsoleJourneyTest {

    private static final PlatformHarness.Slice SLICE = new PlatformHarness.Slice("bapenda-console",
            "bapenda-console-pajak", "199808082022032001", "198808082012121001");

    private static ConsoleBrowser browser;
    private static String console;
    private static String planId;

    @BeforeAll
    static void aSliceWithAnApprovedPlanAndABrowser() {
        console = PlatformHarness.stack().consoleUrl();
        browser = ConsoleBrowser.open(console);
        planId = PlatformHarness.sliceWithApprovedPlan(SLICE);
        // One report over the API first: reporting knows the plan once it accepts one (its projection follows Kafka).
        String staff = token(SLICE.staff(), "EMPLOYEE", SLICE.agency());
        ApiClient.Response first = retryWhileUnprocessable(() -> PlatformHarness.gateway().post(
                "/api/reporting/activities", staff, Map.of("employeeId", SLICE.staff(), "agencyId", SLICE.agency(),
                        "indicatorId", PlatformHarness.indicatorOf(planId), "activityDate",
                        today().toString(), "quantity", 12,
                        "description", "Pelayanan KTP-el di kantor kecamatan")));
        assertThat(first.status()).as(first.body().toString()).isEqualTo(202);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anEmployeeSignsInSeesTheirSkpAndLogsADaysWork() {
        signInAs(SLICE.staff(), "EMPLOYEE", SLICE.agency());
        browser.wait.until(ExpectedConditions.urlContains("/saya"));
        assertThat(text("#who")).isEqualTo("Siti Nurhaliza");
        assertThat(text("#skp")).contains("Disetujui", "Terlayaninya dokumen kependudukan", "KTP-el diterbitkan");

        new Select(find("#indicatorId")).selectByIndex(0);
        assertThat(find("#activityDate").getDomProperty("value")).as("the form proposes today")
                .isEqualTo(today().toString());
        setValue(find("#startTime"), "08:00");
        setValue(find("#endTime"), "11:30");
        find("#quantity").sendKeys("7");
        find("#description").sendKeys("Perekaman KTP-el keliling di Kelurahan Maccini");
        find("#evidenceUrl").sendKeys("https://arsip.example.go.id/bukti/ktp-keliling-3-nov");
        find(".log-form button[type=submit]").click();

        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#catatan"),
                "Laporan diterima"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#month-log"),
                "Perekaman KTP-el keliling di Kelurahan Maccini"));
        assertThat(text("#month-log")).contains("08:00–11:30", "Pelayanan KTP-el di kantor kecamatan");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("employee-home");
        browser.phoneWidth();
        browser.screenshot("employee-home-phone");
        browser.desktopWidth();

        browser.driver.get(console + "/saya?bahasa=en");
        assertThat(text("header")).contains("My performance", "Sign out");
        assertThat(text("#skp")).contains("Approved");
        browser.driver.get(console + "/saya?bahasa=id");
        signOut();
    }

    @Test
    void anEmployeeReportsAMonthsRealisasiWithItsExplanation() {
        String month = java.time.YearMonth.from(today()).minusMonths(1).toString();
        signInAs(SLICE.staff(), "EMPLOYEE", SLICE.agency());
        browser.wait.until(ExpectedConditions.urlContains("/saya"));
        new Select(find("#realisation-indicator")).selectByValue(PlatformHarness.indicatorOf(planId));
        find("#realisation-period").clear();
        find("#realisation-period").sendKeys("2026-13");
        find("#realisation-value").sendKeys("9");
        find("#realisation-explanation").sendKeys("Dua petugas perekaman cuti melahirkan");
        find("#report-realisation").click();
        browser.awaitText("#realisasi .problem", "period");
        assertThat(find("#realisation-explanation").getDomProperty("value")).as("what was typed is kept")
                .isEqualTo("Dua petugas perekaman cuti melahirkan");

        find("#realisation-period").clear();
        find("#realisation-period").sendKeys(month);
        find("#report-realisation").click();
        browser.awaitText("#realisasi .done", "Realisasi terkirim");
        browser.reloadUntilText("#realisations", "Dua petugas perekaman cuti melahirkan");
        assertThat(text("#realisations [data-realisation='" + PlatformHarness.indicatorOf(planId) + "@" + month
                + "']")).contains(month, "KTP-el diterbitkan", "9");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        signOut();
    }

    @Test
    void aRefusedEntryKeepsWhatWasTypedAndSaysWhy() {
        signInAs(SLICE.staff(), "EMPLOYEE", SLICE.agency());
        browser.wait.until(ExpectedConditions.urlContains("/saya"));
        WebElement date = find("#activityDate");
        setValue(date, LocalDate.of(2025, 6, 2).toString()); // outside the SKP's year: reporting refuses it
        find("#quantity").sendKeys("4");
        find("#description").sendKeys("Entri di luar tahun SKP");
        find(".log-form button[type=submit]").click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".log-form .problem")));
        assertThat(text(".log-form .problem")).contains("Tanggal kegiatan di luar tahun SKP");
        assertThat(find("#description").getDomProperty("value")).isEqualTo("Entri di luar tahun SKP");
        signOut();
    }

    @Test
    void theAdministratorPublishesAPolicyWithAnErrorThenAGoodOne() {
        signInAs("bkpsdm-admin", "ADMIN", null);
        browser.wait.until(ExpectedConditions.urlContains("/admin"));
        assertThat(text("#policy-versions")).contains("berlaku hari ini");
        int versions = browser.driver.findElements(By.cssSelector("#policy-versions tbody tr")).size();
        setValue(find("#effectiveFrom"), "2029-01-15");
        find("#tpp-disciplinePercent").clear();
        find("#tpp-disciplinePercent").sendKeys("50");
        find("#note").sendKeys("TPP 2029: bobot disiplin dinaikkan");
        find("#publish").click();

        browser.awaitText("#kebijakan .problem", "versi yang berlaku tetap berlaku");
        assertThat(text("#effectiveFrom-error")).contains("effectiveFrom must be the first day of a month");
        assertThat(text("#tpp-productivityPercent-error"))
                .contains("tpp.productivityPercent + tpp.disciplinePercent must be 100");
        assertThat(find("#tpp-disciplinePercent").getAttribute("aria-invalid")).isNull();
        assertThat(find("#tpp-productivityPercent").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#tpp-disciplinePercent").getDomProperty("value")).as("what was typed is kept").isEqualTo("50");
        assertThat(find("#note").getDomProperty("value")).isEqualTo("TPP 2029: bobot disiplin dinaikkan");
        assertThat(browser.driver.findElements(By.cssSelector("#policy-versions tbody tr")))
                .as("the refused draft changed nothing").hasSize(versions);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("admin-policy-refused");

        setValue(find("#effectiveFrom"), "2029-01-01");
        find("#tpp-disciplinePercent").clear();
        find("#tpp-disciplinePercent").sendKeys("40");
        find("#publish").click();
        browser.awaitText("#kebijakan .done", "diterbitkan");
        assertThat(browser.driver.findElements(By.cssSelector("#policy-versions tbody tr"))).hasSize(versions + 1);
        assertThat(text("#policy-versions tbody tr:first-child")).contains("2029-01-01",
                "TPP 2029: bobot disiplin dinaikkan");
        browser.screenshot("admin-home");

        find("#recompute-period").sendKeys("2026-13");
        find("#recompute-reason").sendKeys("Koreksi data kehadiran");
        find("#recompute").click();
        browser.awaitText("#hitung-ulang .problem", "2026-Q1");
        assertThat(find("#recompute-reason").getDomProperty("value")).isEqualTo("Koreksi data kehadiran");

        find("a[href='/daerah']").click();
        browser.wait.until(ExpectedConditions.urlContains("/daerah"));
        assertThat(text("h1")).contains("Kinerja daerah tahun");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("region-home");
        signOut();
    }

    @Test
    void aLeaderDrillsDownFromTheRegionToAFlaggedUnitAndSeesWhy() {
        signInAs("kdh-makassar", "LEADER", null);
        browser.wait.until(ExpectedConditions.urlContains("/daerah"));
        browser.reloadUntil("#agencies a[href*='/daerah/opd/" + SLICE.agency() + "']").click();
        browser.wait.until(ExpectedConditions.urlContains("/daerah/opd/" + SLICE.agency()));
        assertThat(text("h1")).isEqualTo("Dinas Kependudukan dan Pencatatan Sipil");
        assertThat(text("#units")).contains("Bidang Pelayanan", "ditandai");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("leader-agency");

        find("[data-unit=" + SLICE.unit() + "] a").click();
        browser.wait.until(ExpectedConditions.urlContains("/daerah/unit/" + SLICE.unit()));
        assertThat(text("#flag")).contains("Unit ini ditandai karena", "rata-rata capaian").doesNotContain("average capaian");
        assertThat(text("#pola")).contains("Sebaran predikat pegawai", "Sangat Baik", "Butuh Perbaikan");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("leader-unit");
        signOut();

        signInAs(SLICE.staff(), "EMPLOYEE", SLICE.agency());
        browser.go("/daerah/unit/" + SLICE.unit());
        assertThat(text("main")).as("the unit's own agency reads its figures").contains("Sebaran predikat pegawai");
        browser.go("/daerah/opd/dishub-smg");
        assertThat(text("main")).as("another agency's figures are refused, and the page says so")
                .contains("Data ini milik perangkat daerah lain");
        signOut();
    }

    @Test
    void anAgencyOperatorImportsACsvAndWatchesTheBarReachTheEnd() throws java.io.IOException {
        StringBuilder csv = new StringBuilder("nip,name,unitId,asnType,positionType\n");
        for (int i = 1; i <= 40; i++) {
            csv.append(String.format("199001012015011%03d,Pegawai Impor %d,%s,PNS,PELAKSANA%n", i, i, SLICE.unit()));
        }
        csv.append("199013012015011041,Tanggal Lahir Salah,").append(SLICE.unit()).append(",PNS,PELAKSANA\n");
        csv.append("199001012015011042,Unit Tidak Ada,unit-yang-tidak-ada,PNS,PELAKSANA\n");
        java.nio.file.Path file = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile(
                java.nio.file.Path.of("target"), "onboarding-", ".csv"), csv);

        signInAs("operator-" + SLICE.agency(), "AGENCY_ADMIN", SLICE.agency());
        browser.wait.until(ExpectedConditions.urlContains("/operator"));
        assertThat(text("#pegawai")).isNotBlank();
        assertThat(text("#unit [data-unit=" + SLICE.unit() + "]")).as("the agency's unit tree").contains("Bidang");
        assertThat(text("#ditolak")).as("this agency's system sent nothing refused")
                .contains("Tidak ada kiriman yang ditolak");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("operator-home");
        find("#file").sendKeys(file.toAbsolutePath().toString());
        find("#upload").click();
        browser.wait.until(ExpectedConditions.urlContains("/operator/impor/"));
        browser.awaitText("#job-status", "Selesai");
        assertThat(text("#percent")).isEqualTo("100 %");
        assertThat(text("#progress")).contains("42 dari 42 baris diproses");
        assertThat(text("#rejections")).contains("199013012015011041", "199001012015011042");
        assertThat(browser.driver.findElements(By.cssSelector("#rejections tbody tr"))).hasSize(2);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("operator-import");
        signOut();
    }

    @Test
    void theAdministratorSignsInWithTheRegionsIdentityProviderAndThePlatformAcceptsItsToken() {
        DemoData.ConsoleUser demo = DemoData.consoleUsers(PlatformHarness.stack().region()).stream().filter(u -> u.roles().contains("ADMIN"))
                .findFirst().orElseThrow();
        browser.driver.manage().deleteAllCookies();
        browser.go("/masuk");
        assertThat(text("#region-sign-in")).contains("akun daerah");
        find("#sign-in-region").click();
        // the provider's own sign-in page, on its own port
        browser.wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.driver.getCurrentUrl()).doesNotStartWith(console);
        find("#username").sendKeys(demo.subject());
        find("#password").sendKeys("salah");
        find("button[type=submit]").click();
        browser.wait.until(ExpectedConditions.urlContains("error"));
        find("#username").clear();
        find("#username").sendKeys(demo.subject());
        find("#password").sendKeys(org.kinerja.localstack.identity.DevIdentityProvider.DEMO_PASSWORD);
        find("button[type=submit]").click();

        browser.wait.until(ExpectedConditions.urlContains(console + "/admin"));
        assertThat(text("header .subject")).isEqualTo(demo.subject());
        assertThat(text("#policy-versions")).as("rewards accepted the provider's token, through the gateway")
                .contains("berlaku hari ini");
        browser.screenshot("signed-in-with-the-region");
        signOut();
        browser.go("/admin");
        browser.wait.until(ExpectedConditions.urlContains("/masuk"));
    }

    @Test
    void withoutSigningInEveryPageLeadsToTheSignInPage() {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(console + "/saya");
        browser.wait.until(ExpectedConditions.urlContains("/masuk"));
        assertThat(text("h1")).isEqualTo("Masuk");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("sign-in");
    }

    /** The region's today (the console's default time zone), the day the journeys log work on. */
    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Makassar"));
    }

    private static WebElement find(String css) {
        return browser.find(css);
    }

    private static String text(String css) {
        return browser.text(css);
    }

    private static void signInAs(String subject, String role, String agency) {
        browser.signInAs(subject, role, agency);
    }

    private static void signOut() {
        browser.signOut();
    }

    private static void setValue(WebElement input, String value) {
        browser.setValue(input, value);
    }
}
