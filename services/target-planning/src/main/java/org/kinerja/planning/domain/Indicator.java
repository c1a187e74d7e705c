package org.kinerja.planning.domain;

import java.math.BigDecimal;
import java.util.List;

import org.kinerja.planning.domain.PlanEnums.Aggregation;
import org.kinerja.planning.domain.PlanEnums.Aspect;
import org.kinerja.planning.domain.PlanEnums.Polarity;

/**
 * Indikator kinerja individu (IKI): a measurable yearly target of an RHK, with its rencana aksi (action plan): targets
 * per month or quarter; where its realisation comes from ({@code capaianSource}) and whether every report or
 * realisation of it needs evidence ({@code evidenceRequired}), both left to the region's defaults when null.
 */
public record Indicator(String indicatorId, String description, Aspect aspect, BigDecimal target, String unit,
        Polarity polarity, Aggregation aggregation, List<PeriodTarget> periodTargets,
        PlanEnums.CapaianSource capaianSource, Boolean evidenceRequired) {

    public Indicator(String indicatorId, String description, Aspect aspect, BigDecimal target, String unit,
            Polarity polarity, Aggregation aggregation, List<PeriodTarget> periodTargets) {
        this(indicatorId, description, aspect, target, unit, polarity, aggregation, periodTargets, null, null);
    }

    public Indicator {
        periodTargets = periodTargets == null ? List.of() : List.copyOf(periodTargets);
    }

    /** A rencana aksi target for a month (yyyy-mm) or a quarter (yyyy-Qn). */
    public record PeriodTarget(String period, BigDecimal target, String description) {
    }
}
