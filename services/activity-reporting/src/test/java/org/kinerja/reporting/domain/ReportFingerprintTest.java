package org.kinerja.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.reporting.application.ReportedActivity;

/** A report is its body: resent it is the same report, with another quantity or text it is another one. */
class ReportFingerprintTest {

    private static ActivityReported report(String quantity, String description, Instant at) {
        return new ActivityReported("rpt-1", "199207252019032001", "dukcapil-mks", "iki-1", "DAILY",
                LocalDate.of(2026, 2, 9), null, null, null, new BigDecimal(quantity), description, null, at);
    }

    @Test
    void theSameBodyIsTheSameReportWhenEverItArrivesAndHoweverItsQuantityIsWritten() {
        ActivityReported accepted = report("10", "Loket", Instant.EPOCH);
        assertThat(ReportedActivity.original(accepted).acceptedAs(report("10.00", "Loket", Instant.now()))).isTrue();
        assertThat(ReportFingerprint.of(accepted)).isEqualTo(ReportFingerprint.of(new ActivityReported("rpt-1",
                "199207252019032001", "dukcapil-mks", "iki-1", null, LocalDate.of(2026, 2, 9), null, null, null,
                BigDecimal.TEN, "Loket", null, Instant.now()))).as("DAILY is the default type");
    }

    @Test
    void anotherQuantityOrTextIsAnotherReport() {
        ReportedActivity accepted = ReportedActivity.original(report("10", "Loket", Instant.EPOCH));
        assertThat(accepted.acceptedAs(report("99", "Loket", Instant.EPOCH))).isFalse();
        assertThat(accepted.acceptedAs(report("10", "Loket keliling", Instant.EPOCH))).isFalse();
        assertThat(ReportFingerprint.of(report("1", "a|b", Instant.EPOCH)))
                .isNotEqualTo(ReportFingerprint.of(report("1", "a\\|b", Instant.EPOCH)));
    }

    @Test
    void aReportKeptBeforeFingerprintsIsComparedAsItStandsUntilACorrectionChangesIt() {
        ActivityReported kept = report("10", "Loket", Instant.EPOCH);
        assertThat(new ReportedActivity(kept, 1, false, null, null).acceptedAs(report("10", "Loket", Instant.now())))
                .isTrue();
        assertThat(new ReportedActivity(kept, 1, false, null, null).acceptedAs(report("11", "Loket", Instant.now())))
                .isFalse();
        assertThat(new ReportedActivity(report("12", "Loket", Instant.EPOCH), 2, false, null, null)
                .acceptedAs(kept)).as("corrected since: the resend of the original is a redelivery").isTrue();
    }
}
