package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.util.List;

/** An employee's score for a period, as of {@code version}: per-indicator capaian and the proposed rating. */
public record PeriodScore(String employeeId, String regionId, String agencyId, String unitId, String period,
        long version, Rating proposedHasilKerja, BigDecimal averageCapaian, List<IndicatorScore> indicators) {

    public record IndicatorScore(String indicatorId, boolean utama, BigDecimal target, BigDecimal realisation,
            BigDecimal capaian, Rating band, long reportCount) {
    }
}
