package org.kinerja.registry.domain;

/** Jenis jabatan: JPT (pimpinan tinggi), JA (administrator, pengawas, pelaksana) or JF (fungsional). */
public enum PositionType {
    JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA, JF;

    public boolean requiresJfLevel() {
        return this == JF;
    }
}
