package org.kinerja.scoring.application;

import java.math.BigDecimal;

/** An agency's SAKIP evaluation for a year as scoring shows it: the evaluator's points, their total and the grade. */
public record AgencySakip(String agencyId, int year, BigDecimal perencanaan, BigDecimal pengukuran,
        BigDecimal pelaporan, BigDecimal evaluasiInternal, BigDecimal total, String grade, long version) {
}
