package org.kinerja.reporting.application;

import java.util.List;
import java.util.Optional;

import org.kinerja.reporting.domain.ReportRules.ApprovedIndicator;
import org.kinerja.reporting.domain.ReportRules.KnownEmployee;

/** reporting's local projections of registry employees and approved plan indicators, used to validate reports. */
public interface ReportingDirectory {

    Optional<KnownEmployee> findEmployee(String employeeId);

    /** The employee, or a 422 unknown-employee problem (possibly only because the registry's event is still on its way). */
    default KnownEmployee requireEmployee(String employeeId) {
        return findEmployee(employeeId).orElseThrow(() -> org.kinerja.platform.refusal.Refusal.invalid(
                "unknown-employee", "Employee " + employeeId
                        + " is not registered (or the registry's event has not arrived yet)."));
    }

    /** The employees whose penilai or atasan penilai is {@code penilaiId}, as far as reporting knows. */
    List<KnownEmployee> overseenBy(String penilaiId);

    /** Keeps the employee unless a newer version of it is stored already. */
    void saveEmployee(KnownEmployee employee);

    Optional<ApprovedIndicator> findIndicator(String indicatorId);

    /** Whether the employee has an approved SKP (its version in force) for the year. */
    boolean hasApprovedPlan(String employeeId, int year);

    /**
     * Records the indicators of the plan's approved version in force, forgetting those a revision dropped; saving the
     * same version again changes nothing.
     */
    void replaceApprovedIndicators(String planId, List<ApprovedIndicator> indicators);
}
