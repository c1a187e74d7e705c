package org.kinerja.rewards.domain;

/** Jenjang jabatan fungsional (functional position level), lowest first: the key of an angka kredit coefficient. */
public enum JfLevel {
    PEMULA, TERAMPIL, MAHIR, PENYELIA, AHLI_PERTAMA, AHLI_MUDA, AHLI_MADYA, AHLI_UTAMA;

    /** The level an event names, or null when the employee has none (not JF). */
    public static JfLevel ofEvent(String name) {
        return name == null ? null : valueOf(name);
    }
}
