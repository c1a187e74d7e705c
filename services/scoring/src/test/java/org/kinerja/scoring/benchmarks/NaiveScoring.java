package org.kinerja.scoring.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kinerja.contracts.Periods;
import org.kinerja.scoring.domain.Capaian;
import org.kinerja.scoring.domain.ProposedRating;
import org.kinerja.scoring.domain.Rating;
import org.kinerja.scoring.domain.ScoringInput;
import org.kinerja.scoring.domain.ScoringPolicy;
import org.kinerja.scoring.domain.ScoringStore;
import org.kinerja.scoring.domain.Tally;

/**
 * The naive way, for comparison only: keep every report, and on each new one recompute its month and its year from
 * all the employee's stored reports (the same rules, the same store), as a batch job or a query would.
 */
final class NaiveScoring {

    private final ScoringStore store;
    private final ScoringInput.PlanInfo plan;
    private final String employee;

    NaiveScoring(ScoringStore store, ScoringInput.PlanInput plan) {
        this.store = store;
        this.plan = plan.plan();
        this.employee = plan.employeeId();
    }

    /** Stores a report of the history without recomputing (building the history naively would take hours). */
    void preload(ScoringInput.Report report) {
        store.put("naive|" + employee + "|" + report.reportId(), report);
    }

    void forget(ScoringInput.Report report) {
        store.delete("naive|" + employee + "|" + report.reportId());
    }

    /** Stores the report and recomputes the periods it belongs to; returns their average capaian (so it is used). */
    List<BigDecimal> apply(ScoringInput.Report report) {
        store.put("naive|" + employee + "|" + report.reportId(), report);
        List<BigDecimal> averages = new ArrayList<>();
        for (String period : List.of(Periods.subPeriod(report.activityDate(), Periods.Cadence.MONTHLY),
                Periods.year(report.activityDate()))) {
            averages.add(recompute(period));
        }
        return averages;
    }

    private BigDecimal recompute(String period) {
        Map<String, Tally> tallies = new HashMap<>();
        for (String key : store.keys("naive|" + employee + "|")) {
            ScoringInput.Report report = store.get(key, ScoringInput.Report.class);
            boolean inPeriod = Periods.isYear(period) ? Periods.year(report.activityDate()).equals(period)
                    : Periods.subPeriod(report.activityDate(), Periods.Cadence.MONTHLY).equals(period);
            if (inPeriod && !report.retracted()) {
                tallies.merge(report.indicatorId(), Tally.EMPTY.add(report.quantity(), report.activityDate(),
                        report.reportedAt(), report.reportId()), (old, one) -> old.add(report.quantity(),
                        report.activityDate(), report.reportedAt(), report.reportId()));
            }
        }
        List<ProposedRating.IndicatorBand> bands = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (ScoringInput.IndicatorPlan indicator : plan.indicators().values()) {
            Tally tally = tallies.getOrDefault(indicator.indicatorId(), Tally.EMPTY);
            BigDecimal capaian = Capaian.of(indicator.targetFor(period), tally.realisation(indicator.aggregation()),
                    indicator.polarity(), tally.count() > 0, ScoringPolicy.DEFAULT.capaianCap());
            Rating band = ScoringPolicy.DEFAULT.band(capaian);
            bands.add(new ProposedRating.IndicatorBand(band, indicator.utama()));
            total = total.add(capaian);
        }
        ProposedRating.of(bands);
        return total.divide(BigDecimal.valueOf(plan.indicators().size()), 2, RoundingMode.HALF_UP);
    }
}
