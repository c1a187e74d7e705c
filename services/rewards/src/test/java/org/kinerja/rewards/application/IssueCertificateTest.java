package org.kinerja.rewards.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IssueCertificateTest {

    @Test
    void periodsAreNamedInBahasaIndonesia() {
        assertThat(IssueCertificate.periods(List.of("2025", "2026"))).isEqualTo("2025 dan 2026");
        assertThat(IssueCertificate.periods(List.of("2026-02", "2026-03", "2026-04")))
                .isEqualTo("Februari 2026, Maret 2026 dan April 2026");
        assertThat(IssueCertificate.periods(List.of("2026-Q1"))).isEqualTo("triwulan I 2026");
    }
}
