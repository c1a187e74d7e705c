package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** What scoring folds into an employee's state: their approved plan, or one of their accepted reports. */
public sealed interface ScoringInput {

    /** An approved SKP: the indicators to score, with targets. A later approval (a revision) replaces it. */
    record PlanInput(PlanInfo plan) implements ScoringInput {
    }

    /** An accepted activity report; {@code reportId} identifies it across redeliveries. */
    record ReportInput(Report report) implements ScoringInput {
    }

    record PlanInfo(String planId, String regionId, String agencyId, String unitId, int year,
            Map<String, IndicatorPlan> indicators) {
        public PlanInfo {
            indicators = Map.copyOf(indicators);
        }
    }

    record IndicatorPlan(String indicatorId, boolean utama, BigDecimal target, Capaian.Polarity polarity,
            Aggregation aggregation) {
    }

    record Report(String reportId, String indicatorId, LocalDate activityDate, BigDecimal quantity,
            Instant reportedAt) {
    }
}
