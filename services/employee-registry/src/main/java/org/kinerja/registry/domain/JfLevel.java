package org.kinerja.registry.domain;

/** Jenjang jabatan fungsional (functional position level). */
public enum JfLevel {
    PEMULA, TERAMPIL, MAHIR, PENYELIA, AHLI_PERTAMA, AHLI_MUDA, AHLI_MADYA, AHLI_UTAMA
}
