package org.kinerja.contracts.events;

import java.time.LocalDate;

/**
 * What a consumer's projection of an employee needs, read alike from both employee events: the registration is
 * version 1 and active; a change carries its own version and state. {@code inactiveFrom} is the deactivation day.
 */
public record EmployeeSnapshot(String employeeId, String regionId, String agencyId, String unitId, String penilaiId,
        String atasanPenilaiId, boolean headOfUnit, boolean active, LocalDate inactiveFrom, long version) {

    public static EmployeeSnapshot of(Record event) {
        if (event instanceof EmployeeRegistered e) {
            return new EmployeeSnapshot(e.employeeId(), e.regionId(), e.agencyId(), e.unitId(), e.penilaiId(),
                    e.atasanPenilaiId(), e.headOfUnit(), true, null, 1);
        }
        if (event instanceof EmployeeChanged e) {
            return new EmployeeSnapshot(e.employeeId(), e.regionId(), e.agencyId(), e.unitId(), e.penilaiId(),
                    e.atasanPenilaiId(), e.headOfUnit(), e.active(), e.active() ? null : e.effectiveFrom(),
                    e.version());
        }
        throw new IllegalArgumentException("not an employee event: " + event.getClass().getSimpleName());
    }
}
