package org.kinerja.scoring.application;

import org.kinerja.platform.security.Overseen;

/**
 * scoring's projection of the registry for one thing only: who may read an employee's scores (the employee, their
 * penilai and atasan penilai, their agency's HR operators, the region's readers), and which agency a unit belongs to
 * (who may read its figures). Kept unless a newer version is stored.
 */
public record EmployeeOversight(String employeeId, String agencyId, String unitId, String penilaiId,
        String atasanPenilaiId, long version) {

    public Overseen overseen() {
        return new Overseen(employeeId, agencyId, penilaiId, atasanPenilaiId);
    }
}
