package org.kinerja.reporting.application;

import java.util.List;
import java.util.Optional;

import org.kinerja.reporting.domain.ReportRules.ApprovedIndicator;
import org.kinerja.reporting.domain.ReportRules.KnownEmployee;

/** reporting's local projections of registry employees and approved plan indicators, used to validate reports. */
public interface ReportingDirectory {

    Optional<KnownEmployee> findEmployee(String employeeId);

    /** Keeps the employee unless a newer version of it is stored already. */
    void saveEmployee(KnownEmployee employee);

    Optional<ApprovedIndicator> findIndicator(String indicatorId);

    /** Records the indicators of an approved plan; saving the same plan again changes nothing. */
    void saveApprovedIndicators(List<ApprovedIndicator> indicators);
}
