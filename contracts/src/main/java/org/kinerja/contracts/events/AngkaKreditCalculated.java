package org.kinerja.contracts.events;

import java.math.BigDecimal;
import java.time.Instant;

/** A JF employee's yearly angka kredit (R5): coefficient × multiplier, two decimals half up. Key: the employee id. */
public record AngkaKreditCalculated(String employeeId, String agencyId, int year, String jfLevel, String predicate,
        BigDecimal coefficient, BigDecimal multiplier, BigDecimal credit, long policyVersion, long scoreVersion,
        Instant calculatedAt) {
}
