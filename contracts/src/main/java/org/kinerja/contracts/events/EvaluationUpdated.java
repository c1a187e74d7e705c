package org.kinerja.contracts.events;

import java.math.BigDecimal;

/**
 * For analytics subscribers: an employee's evaluation for a period was computed or changed. {@code completed} once the
 * penilai's two ratings give a predicate.
 */
public record EvaluationUpdated(String employeeId, String regionId, String agencyId, String unitId, String period,
        long version, String proposedHasilKerjaRating, BigDecimal averageCapaian, int indicatorCount, String status,
        String hasilKerjaRating, String perilakuKerjaRating, String predicate, Boolean locked, Boolean lateEvidence,
        Boolean completed) {
}
