package org.kinerja.registry.domain;

/** The kinds of change to a registered employee; each becomes an EmployeeChanged event. */
public enum EmployeeChange {
    REGISTERED, UPDATED, TRANSFERRED, POSITION_CHANGED, PENILAI_CHANGED, DEACTIVATED
}
