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

    /** A correction of an accepted report: its new quantity as of {@code revision} (the original is revision 1). */
    record CorrectionInput(String reportId, BigDecimal quantity, int revision) implements ScoringInput {
    }

    /** A retraction of an accepted report as of {@code revision}: it no longer counts. */
    record RetractionInput(String reportId, int revision) implements ScoringInput {
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

    /** A report as scoring holds it: its current quantity, revision and whether it was retracted. */
    record Report(String reportId, String indicatorId, LocalDate activityDate, BigDecimal quantity,
            Instant reportedAt, int revision, boolean retracted) {

        public Report(String reportId, String indicatorId, LocalDate activityDate, BigDecimal quantity,
                Instant reportedAt) {
            this(reportId, indicatorId, activityDate, quantity, reportedAt, 1, false);
        }

        public String period() {
            return String.valueOf(activityDate.getYear());
        }

        Report revised(BigDecimal newQuantity, int newRevision) {
            return new Report(reportId, indicatorId, activityDate, newQuantity, reportedAt, newRevision, false);
        }

        Report withdrawn(int newRevision) {
            return new Report(reportId, indicatorId, activityDate, quantity, reportedAt, newRevision, true);
        }
    }
}
