package org.kinerja.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.localstack.PlatformHarness.token;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.ConsoleSession;

/**
 * The demo data set of command one (`./kinerja --demo`), loaded through the gateway of a platform started as command one
 * starts it: every step passes, the scores move, and loading it twice counts nothing twice.
 */
class DemoDataTest {

    @Test
    void theDemoLoadsTwiceAndCountsEachReportOnce() {
        LocalStack stack = PlatformHarness.stack();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        new DemoData(stack.gatewayUrl(), new PrintStream(first, true, StandardCharsets.UTF_8), stack.region()).load();
        String output = first.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar",
                "Dinas Perhubungan Kota Semarang", "Dinas Kesehatan Kabupaten Mamuju",
                "daily reports in one bulk call", "cascade from it", "PREDICATE_SET");
        assertThat(output.lines().filter(line -> line.contains("daily reports in one bulk call"))).hasSize(3);
        assertThat(output.lines().filter(line -> line.contains("  TPP "))).hasSize(3);
        assertThat(output.lines().filter(line -> line.contains("  leadership of "))).hasSize(3);
        assertThat(output.lines().filter(line -> line.contains("the year is proposed as BAIK"))).hasSize(3);
        assertThat(output).contains("objection of Ayu Lestari upheld by Hasnah Basri");
        assertThat(output).as("the demo grants a certificate, so a newcomer sees one")
                .containsPattern("certificate certificate:199309302019022005:\\d{4} of Ayu Lestari: GRANTED");
        thePiagamPrintsNamesPlaceAndSignatory(stack);

        new DemoData(stack.gatewayUrl(), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), stack.region()).load();
        ApiClient api = PlatformHarness.gateway();
        String staff = token("199207252019032001", "EMPLOYEE", "dukcapil-mks");
        ApiClient.Response score = api.get("/api/scoring/employees/199207252019032001/scores/"
                + DemoData.demoYear(java.time.LocalDate.now()), staff);
        int reports = 0;
        for (var indicator : score.body().path("indicators")) {
            reports += indicator.path("reportCount").asInt();
        }
        int weekdaysOfAugust = (int) java.util.stream.Stream.iterate(java.time.LocalDate.of(
                DemoData.demoYear(java.time.LocalDate.now()), 8, 1), d -> d.getMonthValue() == 8, d -> d.plusDays(1))
                .filter(d -> d.getDayOfWeek().getValue() < 6).count();
        assertThat(score.body().path("indicators").size()).isEqualTo(3);
        assertThat(reports).isEqualTo(14 + weekdaysOfAugust);
        ApiClient.Response june = api.get("/api/rewards/employees/199207252019032001/tpp/"
                + DemoData.demoYear(java.time.LocalDate.now()) + "-06", staff);
        assertThat(june.body().path("result").path("behaviourSum").asInt()).as("78 + 80 + ... + 90, the latest "
                + "score of each value however often the demo is loaded").isEqualTo(588);

        String leader = token("sekda", "LEADER", null);
        for (DemoData.Agency agency : DemoData.AGENCIES) {
            for (DemoData.Person person : java.util.List.of(agency.head(), agency.supervisor(), agency.staff())) {
                ApiClient.Response year = api.get("/api/scoring/employees/" + person.nip() + "/scores/"
                        + DemoData.demoYear(java.time.LocalDate.now()), leader);
                assertThat(year.body().path("predicate").isNull()).as("the year's predicate of " + person.name()
                        + ", heads included").isFalse();
            }
        }
        ApiClient.Response flagged = api.get("/api/scoring/flagged-units/" + DemoData.demoYear(
                java.time.LocalDate.now()), leader);
        assertThat(flagged.status()).isEqualTo(200);
        flagged.body().forEach(unit -> {
            assertThat(unit.path("flagReasons").size()).as("a flag says why: " + unit).isPositive();
            assertThat(unit.path("flagCodes").size()).as("and as codes a client words: " + unit)
                    .isEqualTo(unit.path("flagReasons").size());
        });
        java.util.Set<String> demoUnits = new java.util.HashSet<>();
        DemoData.AGENCIES.forEach(agency -> demoUnits.addAll(java.util.List.of(agency.agencyId(), agency.unitId())));
        java.util.List<String> demoFlagged = new java.util.ArrayList<>();
        flagged.body().forEach(unit -> {
            if (demoUnits.contains(unit.path("unitId").asString())) {
                demoFlagged.add(unit.toString());
            }
        });
        assertThat(demoFlagged).as("heads report their agreement target too: no demo unit is flagged only because "
                + "its head has no evidence (other tests' units share this platform)").isEmpty();
    }

    @Test
    void theDemoNeverReportsDaysStillToComeAndRatesAYearWhoseWindowIsOpen() {
        assertThat(DemoData.demoYear(java.time.LocalDate.of(2027, 3, 1))).isEqualTo(2026);
        assertThat(DemoData.demoYear(java.time.LocalDate.of(2026, 11, 24))).isEqualTo(2025);
        assertThat(DemoData.demoYear(java.time.LocalDate.of(2026, 12, 1))).isEqualTo(2026);
    }

    /** The certificate the demo grants, printed by the console as Ayu Lestari downloads it. */
    private static void thePiagamPrintsNamesPlaceAndSignatory(LocalStack stack) {
        int year = DemoData.demoYear(java.time.LocalDate.now());
        ConsoleSession ayu = ConsoleSession.signedIn(stack.consoleUrl(), "199309302019022005", "EMPLOYEE",
                "dinkes-mmj");
        java.net.http.HttpResponse<byte[]> piagam = ayu.bytes("/dokumen/199309302019022005/piagam/" + year);
        assertThat(piagam.statusCode()).isEqualTo(200);
        assertThat(piagam.headers().firstValue("Content-Type")).hasValue("application/pdf");
        ConsoleBrowser.keep("piagam", piagam.body());
        assertThat(PdfText.of(piagam.body())).contains("PIAGAM PENGHARGAAN", "Ayu Lestari", "NIP 199309302019022005",
                "Bidang Pencegahan dan Pengendalian Penyakit", "Dinas Kesehatan Kabupaten Mamuju", "Sangat Baik",
                "tahun " + year, "Mamuju, ", "Bupati Mamuju", "Muhammad Arsyad")
                .as("names, not ids").doesNotContain("dinkes-mmj", "certificate:", "kdh-", "Local");
        java.net.http.HttpResponse<byte[]> ofSomeoneElse = ConsoleSession.signedIn(stack.consoleUrl(),
                "199207252019032001", "EMPLOYEE", "dukcapil-mks").bytes("/dokumen/199309302019022005/piagam/" + year);
        assertThat(ofSomeoneElse.statusCode()).as("another agency's employee may not print it").isEqualTo(403);
    }
}
