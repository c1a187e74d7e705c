package org.kinerja.planning.domain;

/** The closed vocabularies of a plan, in the users' own terms. */
public final class PlanEnums {

    private PlanEnums() {
    }

    /** SKP approach: quantitative targets or qualitative ones. */
    public enum Approach { KUANTITATIF, KUALITATIF }

    /** RHK kind: main result or additional result. */
    public enum RhkKind { UTAMA, TAMBAHAN }

    /** Indicator aspect. */
    public enum Aspect { KUANTITAS, KUALITAS, WAKTU, BIAYA }

    /** Whether more is better (documents issued) or less is better (service time, cost). */
    public enum Polarity { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    /** How the realisations of a period combine into one figure. */
    public enum Aggregation { SUM, LATEST, AVERAGE, MIN, MAX }

    /**
     * Where an indicator's realisation comes from: the daily reports (progress harian), the monthly or quarterly
     * realisasi, or the realisasi where one was reported and the daily reports elsewhere.
     */
    public enum CapaianSource { DAILY_REPORTS, REALISASI, REALISASI_WHERE_PRESENT }
}
