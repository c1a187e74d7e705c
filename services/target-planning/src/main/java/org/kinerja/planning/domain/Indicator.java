package org.kinerja.planning.domain;

import java.math.BigDecimal;
import java.util.List;

import org.kinerja.planning.domain.PlanEnums.Aggregation;
import org.kinerja.planning.domain.PlanEnums.Aspect;
import org.kinerja.planning.domain.PlanEnums.Polarity;

/**
 * Indikator kinerja individu (IKI): a measurable yearly target of an RHK, with its rencana aksi (action plan): targets
 * per month or quarter.
 */
public record Indicator(String indicatorId, String description, Aspect aspect, BigDecimal target, String unit,
        Polarity polarity, Aggregation aggregation, List<PeriodTarget> periodTargets) {

    public Indicator {
        periodTargets = periodTargets == null ? List.of() : List.copyOf(periodTargets);
    }

    /** A rencana aksi target for a month (yyyy-mm) or a quarter (yyyy-Qn). */
    public record PeriodTarget(String period, BigDecimal target, String description) {
    }
}
