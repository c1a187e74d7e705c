package org.kinerja.registry.domain;

import java.time.Instant;

/** A pegawai. The id is the NIP; {@code penilaiId} is resolved at registration (see {@link PenilaiResolution}). */
public record Employee(String employeeId, String name, String regionId, String agencyId, String unitId,
        AsnType asnType, PositionType positionType, JfLevel jfLevel, boolean headOfUnit, String penilaiId,
        Instant registeredAt) {
}
