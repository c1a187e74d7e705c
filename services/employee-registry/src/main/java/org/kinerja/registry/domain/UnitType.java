package org.kinerja.registry.domain;

/** Levels of the unit tree: an OPD (agency) at the top, bidang under it, subbag under a bidang. */
public enum UnitType {
    OPD, BIDANG, SUBBAG;

    /** Whether a unit of this type may sit directly under a unit of the given type (null: the top of the tree). */
    public boolean mayHaveParent(UnitType parent) {
        return switch (this) {
            case OPD -> parent == null;
            case BIDANG -> parent == OPD;
            case SUBBAG -> parent == OPD || parent == BIDANG;
        };
    }
}
