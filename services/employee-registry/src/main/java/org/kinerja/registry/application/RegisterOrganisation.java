package org.kinerja.registry.application;

import java.time.Clock;

import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.registry.domain.RegionalGovernment;
import org.kinerja.registry.domain.Unit;
import org.kinerja.registry.domain.UnitType;

/** Registers regional governments (administrators only) and units of the tree (an OPD's operator or the admin). */
public class RegisterOrganisation {

    private final RegistryStore store;
    private final RegistryEvents events;
    private final Clock clock;

    public RegisterOrganisation(RegistryStore store, String region, Clock clock) {
        this.store = store;
        this.events = new RegistryEvents(region);
        this.clock = clock;
    }

    public RegionalGovernment registerRegion(Caller caller, String regionId, String name, String kind) {
        if (!caller.isAdmin()) {
            throw Refusal.notAllowed("admin-only", "Only the region's administrator may register a regional "
                    + "government.");
        }
        RegionalGovernment region = new RegionalGovernment(regionId, name, kind, clock.instant());
        if (!store.insertRegion(region, events.registered(region))) {
            throw Refusal.conflict("region-exists", "Regional government '" + regionId + "' is already "
                    + "registered.");
        }
        return region;
    }

    public Unit registerUnit(Caller caller, String unitId, String regionId, String parentUnitId, String name,
            UnitType type) {
        store.findRegion(regionId).orElseThrow(() -> Refusal.invalid("unknown-region",
                "Regional government '" + regionId + "' is not registered."));
        Unit parent = parentUnitId == null ? null : store.findUnit(parentUnitId).orElseThrow(() -> Refusal
                .invalid("unknown-parent-unit", "Parent unit '" + parentUnitId + "' is not registered."));
        if (!type.mayHaveParent(parent == null ? null : parent.unitType())) {
            throw Refusal.invalid("invalid-unit-tree", "A " + type + " cannot sit under "
                    + (parent == null ? "nothing (only an OPD is at the top)" : "a " + parent.unitType()) + ".");
        }
        if (parent != null && !parent.regionId().equals(regionId)) {
            throw Refusal.invalid("invalid-unit-tree", "The parent unit belongs to another region.");
        }
        String agencyId = parent == null ? unitId : parent.agencyId();
        boolean allowed = parent == null ? caller.isAdmin() : caller.actsForAgency(agencyId);
        if (!allowed) {
            throw Refusal.notAllowed("not-your-agency", parent == null
                    ? "Only the region's administrator may register an OPD."
                    : "Only agency '" + agencyId + "' (or the administrator) may add units to it.");
        }
        Unit unit = new Unit(unitId, regionId, agencyId, parentUnitId, name, type, clock.instant());
        if (!store.insertUnit(unit, events.registered(unit))) {
            throw Refusal.conflict("unit-exists", "Unit '" + unitId + "' is already registered.");
        }
        return unit;
    }
}
