package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * An employee's score for a period, as of {@code version}: per-indicator capaian and the proposed Hasil Kerja rating
 * (R2); the penilai's ratings and the Hasil Kerja in force (the unit's for a head, R3); the predicate (R1) once both
 * ratings are given (frozen while the period is locked, R9); the legacy numeric score where the region uses it (R4);
 * for the year, the annual evaluation proposed from its periods (null otherwise, and while none is rated).
 */
public record PeriodScore(String employeeId, String regionId, String agencyId, String unitId, String period,
        long version, Rating proposedHasilKerja, BigDecimal averageCapaian, List<IndicatorScore> indicators,
        String status, Rating supervisorHasilKerja, Rating hasilKerja, Rating perilakuKerja, Predicate predicate,
        LegacyScore legacyScore, boolean locked, boolean lateEvidence,
        DistributionCheck.UnitPredicate headUnitPredicate, AnnualProposal annualProposal) {

    public PeriodScore {
        indicators = List.copyOf(indicators);
    }

    public record IndicatorScore(String indicatorId, boolean utama, String aspect, BigDecimal target,
            BigDecimal realisation, BigDecimal capaian, Rating band, long reportCount) {
    }
}
