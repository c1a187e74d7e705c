package org.kinerja.registry.application;

import org.kinerja.registry.domain.Employee;
import org.kinerja.registry.domain.PositionType;

/**
 * What someone of another agency sees of an employee (the cross-agency staff directory): who they are, where they
 * work and in which position; nothing of their rank, penilai or history.
 */
public record StaffDirectoryEntry(String employeeId, String name, String agencyId, String unitId,
        PositionType positionType, boolean headOfUnit, boolean active) {

    static StaffDirectoryEntry of(Employee employee) {
        return new StaffDirectoryEntry(employee.employeeId(), employee.name(), employee.agencyId(), employee.unitId(),
                employee.positionType(), employee.headOfUnit(), employee.active());
    }
}
