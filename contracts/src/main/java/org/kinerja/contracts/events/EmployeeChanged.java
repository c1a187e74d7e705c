package org.kinerja.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An employee's registration changed: {@code change} says how, the rest is the employee's whole state after the change
 * (event-carried state transfer: a consumer replaces its copy). {@code version} grows by one per change, so a consumer
 * can ignore anything older than what it holds. NIK is never carried.
 */
public record EmployeeChanged(String employeeId, String change, LocalDate effectiveFrom, String previousUnitId,
        String name, String rank, String regionId, String agencyId, String unitId, String asnType, String positionType,
        String jfLevel, boolean headOfUnit, String penilaiId, String atasanPenilaiId, boolean active, long version,
        Instant changedAt) {
}
