package org.kinerja.contracts.events;

import java.math.BigDecimal;

/** For analytics subscribers: an employee's evaluation for a period was computed or changed. */
public record EvaluationUpdated(String employeeId, String regionId, String agencyId, String unitId, String period,
        long version, String proposedHasilKerjaRating, BigDecimal averageCapaian, int indicatorCount) {
}
