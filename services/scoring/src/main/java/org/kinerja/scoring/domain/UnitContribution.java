package org.kinerja.scoring.domain;

import java.math.BigDecimal;

/**
 * What one employee's period adds to their unit's figures: their predicate (null until rated) and average capaian,
 * as of the employee's score version. {@code present} is false when the employee no longer counts in this unit (a new
 * plan put them in another one); the version still grows, so the unit's version does too.
 */
public record UnitContribution(String unitId, String agencyId, String employeeId, String period, long version,
        boolean present, Predicate predicate, BigDecimal averageCapaian) {
}
