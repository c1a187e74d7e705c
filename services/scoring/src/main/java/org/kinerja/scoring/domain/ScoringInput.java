package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.kinerja.contracts.Periods;

/**
 * What scoring folds into an employee's state: their approved plan, their accepted reports with corrections and
 * retractions, the evaluation period's workflow with the penilai's ratings, the first peer or subordinate input of a
 * period, and, for the head of a unit, the unit's organisation predicate.
 */
public sealed interface ScoringInput {

    /** The employee every input belongs to (the record key of all of scoring's input topics). */
    String employeeId();

    /** An approved SKP: the indicators to score, with targets. A later approval (a revision) replaces it. */
    record PlanInput(String employeeId, PlanInfo plan) implements ScoringInput {
    }

    /** An accepted activity report; {@code reportId} identifies it across redeliveries. */
    record ReportInput(String employeeId, Report report) implements ScoringInput {
    }

    /** A correction of an accepted report: its new quantity as of {@code revision} (the original is revision 1). */
    record CorrectionInput(String employeeId, String reportId, BigDecimal quantity, int revision)
            implements ScoringInput {
    }

    /** A retraction of an accepted report as of {@code revision}: it no longer counts. */
    record RetractionInput(String employeeId, String reportId, int revision) implements ScoringInput {
    }

    /**
     * The evaluation period's workflow state (OPEN … LOCKED, REOPENED) with the penilai's two ratings once given;
     * {@code version} orders the period's changes.
     */
    /**
     * The evaluation workflow of a period moved; {@code perilakuValue} is the penilai's numeric Perilaku where the
     * region uses the PP 30/2019 numbers (null: the value the rating stands for), {@code innovation} whether one was
     * recorded.
     */
    record PeriodInput(String employeeId, String period, String status, Rating hasilKerja, Rating perilakuKerja,
            long version, java.math.BigDecimal perilakuValue, boolean innovation) implements ScoringInput {

        public PeriodInput(String employeeId, String period, String status, Rating hasilKerja, Rating perilakuKerja,
                long version) {
            this(employeeId, period, status, hasilKerja, perilakuKerja, version, null, false);
        }
    }

    /** A realisasi of an indicator for a month or quarter, at its revision (a later revision replaces it). */
    record RealisationInput(String employeeId, String indicatorId, String period, BigDecimal value, int revision)
            implements ScoringInput {
    }

    /** A peer or subordinate gave input for the period: the legacy score then weighs behaviour 40 % (rule R4). */
    record PeerInput(String employeeId, String period) implements ScoringInput {
    }

    /** The organisation predicate of the unit the employee heads: it becomes their Hasil Kerja rating (rule R3). */
    record HeadUnitPredicateInput(String employeeId, String unitId, String period,
            DistributionCheck.UnitPredicate predicate, long version) implements ScoringInput {
    }

    /** An approved plan as scoring keeps it: who it belongs to, and the indicators with their targets. */
    record PlanInfo(String planId, String regionId, String agencyId, String unitId, int year, Instant approvedAt,
            Map<String, IndicatorPlan> indicators) {
        public PlanInfo {
            indicators = Map.copyOf(indicators);
        }
    }

    /** One indicator: UTAMA or not, the yearly target, polarity, aggregation and the rencana aksi period targets. */
    record IndicatorPlan(String indicatorId, boolean utama, String aspect, BigDecimal target,
            Capaian.Polarity polarity, Aggregation aggregation, Map<String, BigDecimal> periodTargets,
            CapaianSource source) {

        public IndicatorPlan {
            periodTargets = periodTargets == null ? Map.of() : Map.copyOf(periodTargets);
        }

        public IndicatorPlan(String indicatorId, boolean utama, String aspect, BigDecimal target,
                Capaian.Polarity polarity, Aggregation aggregation, Map<String, BigDecimal> periodTargets) {
            this(indicatorId, utama, aspect, target, polarity, aggregation, periodTargets, null);
        }

        /**
         * The target of a period: the yearly target for the year; the rencana aksi target of a month or quarter when
         * the plan gives one (a quarter of a summed indicator also adds up its months' targets); otherwise, for a
         * summed indicator its share of the year (target / 12 or / 4), for any other aggregation the yearly level.
         */
        public BigDecimal targetFor(String period) {
            if (Periods.isYear(period)) {
                return target;
            }
            BigDecimal planned = periodTargets.get(period);
            if (planned != null) {
                return planned;
            }
            if (aggregation != Aggregation.SUM) {
                return target;
            }
            if (Periods.isQuarter(period)) {
                BigDecimal sum = BigDecimal.ZERO;
                boolean all = true;
                for (String month : Periods.monthsOf(period)) {
                    BigDecimal monthly = periodTargets.get(month);
                    all &= monthly != null;
                    sum = monthly == null ? sum : sum.add(monthly);
                }
                if (all) {
                    return sum;
                }
            }
            return target.divide(BigDecimal.valueOf(Periods.perYear(period)), 4, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
        }
    }

    /** A report as scoring holds it: its current quantity, revision and whether it was retracted. */
    record Report(String reportId, String indicatorId, LocalDate activityDate, BigDecimal quantity,
            Instant reportedAt, int revision, boolean retracted) {

        public Report(String reportId, String indicatorId, LocalDate activityDate, BigDecimal quantity,
                Instant reportedAt) {
            this(reportId, indicatorId, activityDate, quantity, reportedAt, 1, false);
        }

        Report revised(BigDecimal newQuantity, int newRevision) {
            return new Report(reportId, indicatorId, activityDate, newQuantity, reportedAt, newRevision, false);
        }

        Report withdrawn(int newRevision) {
            return new Report(reportId, indicatorId, activityDate, quantity, reportedAt, newRevision, true);
        }
    }
}
