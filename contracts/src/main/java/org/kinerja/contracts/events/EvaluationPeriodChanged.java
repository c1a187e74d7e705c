package org.kinerja.contracts.events;

import java.time.Instant;

/**
 * An employee's evaluation period moved through its workflow; carries the period's whole state, with the penilai's
 * two ratings (Hasil Kerja and Perilaku Kerja: BELOW, MEETS or ABOVE expectation) once given, and where the region
 * uses the PP 30/2019 numbers the numeric Perilaku value and the innovation recorded.
 */
public record EvaluationPeriodChanged(String employeeId, String agencyId, String unitId, String period,
        String status, String previousStatus, String penilaiId, String hasilKerjaRating, String perilakuKerjaRating,
        String by, String reason, long version, Instant changedAt, String onBehalfOf,
        java.math.BigDecimal perilakuKerjaValue, String innovation) {
}
