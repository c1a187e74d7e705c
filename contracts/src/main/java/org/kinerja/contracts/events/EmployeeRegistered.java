package org.kinerja.contracts.events;

import java.time.Instant;

/**
 * A pegawai (ASN) was registered. The employee id is the NIP. {@code penilaiId} is the pejabat penilai resolved from the
 * unit tree (or set explicitly) at registration, {@code atasanPenilaiId} the penilai's own penilai; both are absent at
 * the top of a region's tree. {@code rank} is the pangkat/golongan. NIK is never carried.
 */
public record EmployeeRegistered(String employeeId, String nip, String name, String regionId, String agencyId,
        String unitId, String asnType, String positionType, String jfLevel, String rank, boolean headOfUnit,
        String penilaiId, String atasanPenilaiId, Instant registeredAt) {
}
