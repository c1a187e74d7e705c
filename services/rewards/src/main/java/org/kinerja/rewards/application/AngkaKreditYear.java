package org.kinerja.rewards.application;

import java.time.Instant;

import org.kinerja.rewards.domain.AngkaKreditCalculation;
import org.kinerja.rewards.domain.Predicate;

/**
 * A functional employee's year for angka kredit: the annual predicate (from the year's score, at its version), how
 * many changes it has had, and the credit under the year's pinned policy (null until the employee is known as JF).
 */
public record AngkaKreditYear(String id, String employeeId, int year, Predicate predicate, long scoreVersion,
        long version, String agencyId, Long policyVersion, AngkaKreditCalculation result, Instant calculatedAt) {

    /** The same year as of another version and calculation time: to tell a recalculation that changed nothing. */
    AngkaKreditYear stamped(long newVersion, Instant at) {
        return new AngkaKreditYear(id, employeeId, year, predicate, scoreVersion, newVersion, agencyId, policyVersion,
                result, at);
    }

    public static String idOf(String employeeId, int year) {
        return employeeId + ":" + year;
    }
}
