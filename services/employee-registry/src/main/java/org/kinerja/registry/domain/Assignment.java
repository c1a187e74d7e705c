package org.kinerja.registry.domain;

import java.time.LocalDate;

/**
 * One segment of an employee's history: from {@code validFrom} until the next segment, this was their unit, position,
 * rank, penilai and status. {@code change} names what started the segment.
 */
public record Assignment(LocalDate validFrom, String change, String unitId, String agencyId,
        PositionType positionType, JfLevel jfLevel, String rank, boolean headOfUnit, String penilaiId,
        String atasanPenilaiId, boolean active) {
}
