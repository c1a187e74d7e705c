package org.kinerja.registry.application;

import org.kinerja.registry.domain.Employee;
import org.kinerja.registry.domain.PositionType;

/**
 * Someone a pejabat penilai evaluates, as their work list needs it: who, where, and whether the caller is their
 * penilai (rates them, answers their objection) or their atasan penilai (decides on the objection). Nothing of
 * their rank or history, which stay with the employee's agency.
 */
public record Appraisee(String employeeId, String name, String agencyId, String unitId, PositionType positionType,
        boolean headOfUnit, Relation relation) {

    public enum Relation {
        PENILAI, ATASAN_PENILAI
    }

    static Appraisee of(Employee employee, String penilaiId) {
        Relation relation = penilaiId.equals(employee.penilaiId()) ? Relation.PENILAI : Relation.ATASAN_PENILAI;
        return new Appraisee(employee.employeeId(), employee.name(), employee.agencyId(), employee.unitId(),
                employee.positionType(), employee.headOfUnit(), relation);
    }
}
