package org.kinerja.rewards.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.kinerja.rewards.domain.AttendanceDay;
import org.kinerja.rewards.domain.TppCalculation;

/**
 * One employee's month for the TPP: the inputs (the month's capaian per indicator, from the month's score or, where
 * the region evaluates quarterly, its quarter's; the penilai's BerAKHLAK scores; the attendance days), how many inputs
 * changed it ({@code version}), and the allowance computed under the month's pinned policy (null while the employee's
 * position is not known yet).
 */
public record TppMonth(String id, String employeeId, String month, long version, String scorePeriod,
        long scoreVersion, List<BigDecimal> capaian, Map<String, Behaviour> behaviour, Map<String, Attendance> days,
        String agencyId, String unitId, Long policyVersion, TppCalculation result, Instant calculatedAt) {

    /** The latest score of one BerAKHLAK value, and the feedback it came with (the latest given wins). */
    public record Behaviour(int score, String feedbackId, Instant givenAt) {
    }

    /** One day's facts at their revision. */
    public record Attendance(AttendanceDay day, int revision) {
    }

    public static String idOf(String employeeId, String month) {
        return employeeId + ":" + month;
    }

    public static TppMonth empty(String employeeId, String month) {
        return new TppMonth(idOf(employeeId, month), employeeId, month, 0, null, 0, List.of(), Map.of(), Map.of(),
                null, null, null, null, null);
    }

    /** The same month as of another version and calculation time: to tell a recalculation that changed nothing. */
    TppMonth stamped(long newVersion, Instant at) {
        return new TppMonth(id, employeeId, month, newVersion, scorePeriod, scoreVersion, capaian, behaviour, days,
                agencyId, unitId, policyVersion, result, at);
    }

    /** The seven scores added up, or null until at least one is given. */
    public Integer behaviourSum() {
        return behaviour.isEmpty() ? null : behaviour.values().stream().mapToInt(Behaviour::score).sum();
    }
}
