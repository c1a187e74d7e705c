package org.kinerja.registry.domain;

import java.time.Instant;

/** A unit organisasi; {@code agencyId} is the OPD at the top of its branch (an OPD is its own agency). */
public record Unit(String unitId, String regionId, String agencyId, String parentUnitId, String name,
        UnitType unitType, Instant registeredAt) {
}
