package org.kinerja.contracts.events;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The points an evaluator gave an agency's SAKIP (Sistem Akuntabilitas Kinerja Instansi Pemerintah) for a year, per
 * component of PermenPANRB 88/2021: Perencanaan (of 30), Pengukuran (of 30), Pelaporan (of 15), Evaluasi internal
 * (of 25). Scoring grades the total (rule R6). Key: the agency id.
 */
public record SakipEvaluated(String agencyId, int year, BigDecimal perencanaan, BigDecimal pengukuran,
        BigDecimal pelaporan, BigDecimal evaluasiInternal, BigDecimal total, String evaluatedBy, long version,
        Instant evaluatedAt) {
}
