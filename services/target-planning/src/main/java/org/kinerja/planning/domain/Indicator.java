package org.kinerja.planning.domain;

import java.math.BigDecimal;

import org.kinerja.planning.domain.PlanEnums.Aggregation;
import org.kinerja.planning.domain.PlanEnums.Aspect;
import org.kinerja.planning.domain.PlanEnums.Polarity;

/** Indikator kinerja individu (IKI): a measurable yearly target of an RHK. */
public record Indicator(String indicatorId, String description, Aspect aspect, BigDecimal target, String unit,
        Polarity polarity, Aggregation aggregation) {
}
