package org.kinerja.planning.application;

import java.util.Optional;

/** planning's local projection of the registry's employees (event-carried state transfer, no calls back). */
public interface EmployeeDirectory {

    /** What planning needs to know of an employee. */
    record EmployeeRef(String employeeId, String regionId, String agencyId, String unitId, String penilaiId,
            boolean active, long version) {
    }

    Optional<EmployeeRef> find(String employeeId);

    /** Keeps the employee unless a newer version of it is stored already. */
    void save(EmployeeRef employee);
}
