package org.kinerja.contracts.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An SKP (yearly performance plan) was approved by the employee's pejabat penilai. It carries every RHK and indicator
 * so consumers (reporting's validation, scoring) need not call back. {@code parentRhkId} is the superior's RHK (or the
 * performance-agreement target) an RHK supports: the cascade.
 */
public record PlanApproved(String planId, String employeeId, String regionId, String agencyId, String unitId,
        int year, String approach, String approvedBy, Instant approvedAt, List<Rhk> rhk) {

    /** A rencana hasil kerja (planned result), UTAMA or TAMBAHAN. */
    public record Rhk(String rhkId, String kind, String parentRhkId, String description,
            List<Indicator> indicators) {
    }

    /**
     * An indikator kinerja individu (IKI) with its yearly target and its rencana aksi (targets per period); where its
     * realisation comes from and whether its evidence is required, null where the region's defaults apply.
     */
    public record Indicator(String indicatorId, String description, String aspect, BigDecimal target, String unit,
            String polarity, String aggregation, List<PeriodTarget> periodTargets, String capaianSource,
            Boolean evidenceRequired) {

        public Indicator(String indicatorId, String description, String aspect, BigDecimal target, String unit,
                String polarity, String aggregation, List<PeriodTarget> periodTargets) {
            this(indicatorId, description, aspect, target, unit, polarity, aggregation, periodTargets, null, null);
        }
    }

    /** A rencana aksi target: for a month (yyyy-mm) or a quarter (yyyy-Qn). */
    public record PeriodTarget(String period, BigDecimal target, String description) {
    }
}
