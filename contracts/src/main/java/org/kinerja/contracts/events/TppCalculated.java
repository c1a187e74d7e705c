package org.kinerja.contracts.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An employee's monthly TPP allowance (R7) with its breakdown: each amount is ceiling × percent / 100, computed
 * exactly and rounded down to the rupiah once; the total is their sum. Provisional while the month is in progress.
 * Key: the employee id.
 */
public record TppCalculated(String employeeId, String agencyId, String unitId, String month, long version,
        long policyVersion, BigDecimal ceiling, BigDecimal averageCappedCapaian, BigDecimal skpPercent,
        BigDecimal skpAmount, Integer behaviourSum, BigDecimal behaviourPercent, BigDecimal behaviourAmount,
        List<Deduction> deductions, BigDecimal deductionPercent, BigDecimal disciplinePercent,
        BigDecimal disciplineAmount, BigDecimal total, Instant calculatedAt, LocalDate attendanceCountedUntil,
        boolean provisional) {

    public record Deduction(LocalDate date, String cause, BigDecimal percent) {
    }
}
