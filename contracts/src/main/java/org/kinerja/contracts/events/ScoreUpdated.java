package org.kinerja.contracts.events;

import java.math.BigDecimal;
import java.util.List;

/**
 * The current score of an employee for a period (compacted by {@code <employeeId>:<period>}). {@code version} counts
 * the inputs that changed it (plan approvals, reports, corrections, ratings...), so readers can ignore anything older
 * than what they hold, and a rebuild from the topics reaches the same version as the live path.
 */
public record ScoreUpdated(String employeeId, String regionId, String agencyId, String unitId, String period,
        long version, String proposedHasilKerjaRating, BigDecimal averageCapaian, List<IndicatorScore> indicators,
        String status, String supervisorHasilKerjaRating, String hasilKerjaRating, String perilakuKerjaRating,
        String predicate, LegacyScore legacyScore, Boolean locked, Boolean lateEvidence, String headUnitPredicate,
        AnnualProposal annualProposal) {

    /** Capaian (achievement, percent) of one indicator: realisation against target, with polarity and cap applied. */
    public record IndicatorScore(String indicatorId, String rhkKind, String aspect, BigDecimal target,
            BigDecimal realisation, BigDecimal capaian, String band, long reportCount) {
    }

    /**
     * For the year only: the annual evaluation proposed to the penilai from the year's rated periods under the
     * region's rule (LAST_PERIOD or MOST_FREQUENT); the penilai's ratings of the year set it.
     */
    public record AnnualProposal(String rule, String predicate, String hasilKerjaRating, String perilakuKerjaRating,
            List<String> basedOn) {
    }

    /** The PP 30/2019 numeric score and its band (rule R4), for regions that still use it. */
    public record LegacyScore(BigDecimal value, String band) {
    }
}
