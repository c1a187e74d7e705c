package org.kinerja.planning.application;

import java.util.Optional;

import org.kinerja.platform.security.Overseen;

/** planning's local projection of the registry's employees (event-carried state transfer, no calls back). */
public interface EmployeeDirectory {

    /** What planning needs to know of an employee, and who oversees them (who may read their SKP). */
    record EmployeeRef(String employeeId, String regionId, String agencyId, String unitId, String penilaiId,
            boolean headOfUnit, boolean active, long version, String atasanPenilaiId) {

        public Overseen overseen() {
            return new Overseen(employeeId, agencyId, penilaiId, atasanPenilaiId);
        }
    }

    /** A unit of the tree (from the registry's events). */
    record UnitRef(String unitId, String agencyId, String parentUnitId) {
    }

    Optional<UnitRef> findUnit(String unitId);

    void saveUnit(UnitRef unit);

    /** The active head of a unit, as far as planning knows. */
    Optional<EmployeeRef> headOf(String unitId);

    Optional<EmployeeRef> find(String employeeId);

    /** The active employees whose pejabat penilai is {@code penilaiId}, as far as planning knows. */
    java.util.List<EmployeeRef> ratedBy(String penilaiId);

    /** Keeps the employee unless a newer version of it is stored already. */
    void save(EmployeeRef employee);
}
