package org.kinerja.planning.application;

import java.util.Optional;

/** planning's local projection of the registry's employees (event-carried state transfer, no calls back). */
public interface EmployeeDirectory {

    /** What planning needs to know of an employee. */
    record EmployeeRef(String employeeId, String regionId, String agencyId, String unitId, String penilaiId) {
    }

    Optional<EmployeeRef> find(String employeeId);

    void save(EmployeeRef employee);
}
