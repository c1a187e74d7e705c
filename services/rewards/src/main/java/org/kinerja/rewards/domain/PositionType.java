package org.kinerja.rewards.domain;

/**
 * Jenis jabatan: JPT (pimpinan tinggi), JA (administrator, pengawas, pelaksana) or JF (fungsional): the key of a TPP
 * ceiling.
 */
public enum PositionType {
    JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA, JF;

    /** The type an event names, or null when the registry gave none. */
    public static PositionType ofEvent(String name) {
        return name == null ? null : valueOf(name);
    }
}
