package org.kinerja.contracts.events;

import java.math.BigDecimal;
import java.util.List;

/**
 * The current score of an employee for a period (compacted by {@code <employeeId>:<period>}). {@code version} grows by
 * one each time the score changes, so readers can ignore anything older than what they hold.
 */
public record ScoreUpdated(String employeeId, String regionId, String agencyId, String unitId, String period,
        long version, String proposedHasilKerjaRating, BigDecimal averageCapaian, List<IndicatorScore> indicators) {

    /** Capaian (achievement, percent) of one indicator: realisation against target, with polarity and cap applied. */
    public record IndicatorScore(String indicatorId, String rhkKind, BigDecimal target, BigDecimal realisation,
            BigDecimal capaian, String band, long reportCount) {
    }
}
