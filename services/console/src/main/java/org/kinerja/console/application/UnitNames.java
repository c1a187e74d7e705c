package org.kinerja.console.application;

import org.kinerja.console.application.Views.Unit;

/** Units and agencies by name: an OPD's id is its top unit's id, so one look-up names both. */
final class UnitNames {

    private final Platform platform;

    UnitNames(Platform platform) {
        this.platform = platform;
    }

    String of(SignedInUser user, String unitId) {
        return unitId == null ? "" : platform.find(user, "/api/registry/units/" + unitId, Unit.class)
                .map(Unit::name).orElse(unitId);
    }
}
