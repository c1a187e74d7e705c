package org.kinerja.scoring.domain;

/**
 * The predikat kinerja pegawai, rule R1 (PermenPANRB 6/2022): a table lookup on the penilai's two ratings, Hasil Kerja
 * (results) and Perilaku Kerja (behaviour), with no weights.
 *
 * <pre>
 * Hasil Kerja \ Perilaku   BELOW           MEETS             ABOVE
 * ABOVE                    KURANG          BAIK              SANGAT_BAIK
 * MEETS                    KURANG          BAIK              BAIK
 * BELOW                    SANGAT_KURANG   BUTUH_PERBAIKAN   BUTUH_PERBAIKAN
 * </pre>
 * KURANG with results at or above expectation and behaviour below it is the "Kurang/Misconduct" cell.
 */
public enum Predicate {
    SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG;

    public static Predicate of(Rating hasilKerja, Rating perilakuKerja) {
        if (hasilKerja == Rating.BELOW) {
            return perilakuKerja == Rating.BELOW ? SANGAT_KURANG : BUTUH_PERBAIKAN;
        }
        if (perilakuKerja == Rating.BELOW) {
            return KURANG;
        }
        return hasilKerja == Rating.ABOVE && perilakuKerja == Rating.ABOVE ? SANGAT_BAIK : BAIK;
    }

    /** Whether the predicate is below BAIK: the threshold of a pembinaan (coaching) case, rule R8. */
    public boolean belowBaik() {
        return this == BUTUH_PERBAIKAN || this == KURANG || this == SANGAT_KURANG;
    }
}
