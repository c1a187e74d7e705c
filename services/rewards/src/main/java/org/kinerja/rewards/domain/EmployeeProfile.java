package org.kinerja.rewards.domain;

/**
 * What rewards needs to know of an employee, from the registry's events: where they work, their position, and who
 * oversees them (penilai and atasan penilai), who may read their follow-up.
 */
public record EmployeeProfile(String employeeId, String name, String agencyId, String unitId,
        PositionType positionType, JfLevel jfLevel, String penilaiId, String atasanPenilaiId, boolean active,
        long version) {

    public boolean functional() {
        return positionType == PositionType.JF && jfLevel != null;
    }
}
