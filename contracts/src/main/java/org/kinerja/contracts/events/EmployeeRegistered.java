package org.kinerja.contracts.events;

import java.time.Instant;

/**
 * A pegawai (ASN) was registered. The employee id is the NIP. {@code penilaiId} is the pejabat penilai resolved from the
 * unit tree (or set explicitly) at registration; it is absent for the top of a region's tree. NIK is never carried.
 */
public record EmployeeRegistered(String employeeId, String nip, String name, String regionId, String agencyId,
        String unitId, String asnType, String positionType, String jfLevel, boolean headOfUnit, String penilaiId,
        Instant registeredAt) {
}
