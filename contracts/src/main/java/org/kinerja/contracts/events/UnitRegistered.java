package org.kinerja.contracts.events;

import java.time.Instant;

/**
 * A unit organisasi was added to a region's tree. An OPD (agency) has no parent and is its own agency; a bidang or
 * subbag names its parent and the OPD it belongs to.
 */
public record UnitRegistered(String unitId, String regionId, String agencyId, String parentUnitId, String name,
        String unitType, Instant registeredAt) {
}
