package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kinerja.scoring.domain.ScoringInput.IndicatorPlan;
import org.kinerja.scoring.domain.ScoringInput.PlanInfo;
import org.kinerja.scoring.domain.ScoringInput.PlanInput;
import org.kinerja.scoring.domain.ScoringInput.Report;
import org.kinerja.scoring.domain.ScoringInput.ReportInput;

/**
 * The fold at the heart of scoring: (state, input) → (new state, the period scores that changed). Pure and
 * deterministic, so the stream processor, the tests and a full rebuild all compute the same thing. The work per input
 * is proportional to what it touches (one tally, one plan's indicators), never to the employee's history.
 */
public final class ScoringStep {

    private ScoringStep() {
    }

    public record Result(EmployeeState state, List<PeriodScore> changed) {
    }

    public static Result apply(EmployeeState state, ScoringInput input, ScoringPolicy policy) {
        if (input instanceof PlanInput plan) {
            return applyPlan(state, plan.plan(), policy);
        }
        return applyReport(state, ((ReportInput) input).report(), policy);
    }

    private static Result applyPlan(EmployeeState state, PlanInfo plan, ScoringPolicy policy) {
        Working work = new Working(state);
        work.plan = plan;
        work.touched.add(String.valueOf(plan.year()));
        List<Report> held = work.pending;
        work.pending = new ArrayList<>();
        held.forEach(work::applyOrHold);
        return work.finish(policy);
    }

    private static Result applyReport(EmployeeState state, Report report, ScoringPolicy policy) {
        if (state.appliedReports().contains(report.reportId())
                || state.pending().stream().anyMatch(p -> p.reportId().equals(report.reportId()))) {
            return new Result(state, List.of());
        }
        Working work = new Working(state);
        work.applyOrHold(report);
        return work.finish(policy);
    }

    /** Mutable copy of the state while one input is applied. */
    private static final class Working {
        private final String employeeId;
        private PlanInfo plan;
        private final Map<String, Map<String, Tally>> tallies = new HashMap<>();
        private final Map<String, Long> versions;
        private final Set<String> applied;
        private List<Report> pending;
        private final Set<String> touched = new LinkedHashSet<>();

        Working(EmployeeState state) {
            employeeId = state.employeeId();
            plan = state.plan();
            state.tallies().forEach((period, byIndicator) -> tallies.put(period, new HashMap<>(byIndicator)));
            versions = new HashMap<>(state.versions());
            applied = new HashSet<>(state.appliedReports());
            pending = new ArrayList<>(state.pending());
        }

        void applyOrHold(Report report) {
            if (plan == null || !plan.indicators().containsKey(report.indicatorId())) {
                pending.add(report);
                return;
            }
            String period = String.valueOf(report.activityDate().getYear());
            tallies.computeIfAbsent(period, p -> new HashMap<>()).merge(report.indicatorId(),
                    Tally.EMPTY.add(report.quantity(), report.activityDate(), report.reportedAt(), report.reportId()),
                    (old, ignored) -> old.add(report.quantity(), report.activityDate(), report.reportedAt(),
                            report.reportId()));
            applied.add(report.reportId());
            touched.add(period);
        }

        Result finish(ScoringPolicy policy) {
            List<PeriodScore> changed = new ArrayList<>();
            for (String period : touched) {
                long version = versions.getOrDefault(period, 0L) + 1;
                versions.put(period, version);
                changed.add(score(period, version, policy));
            }
            EmployeeState next = new EmployeeState(employeeId, plan, tallies, versions, applied, pending);
            return new Result(next, changed);
        }

        private PeriodScore score(String period, long version, ScoringPolicy policy) {
            Map<String, Tally> periodTallies = tallies.getOrDefault(period, Map.of());
            List<PeriodScore.IndicatorScore> indicators = new ArrayList<>();
            List<ProposedRating.IndicatorBand> bands = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (IndicatorPlan indicator : plan.indicators().values().stream()
                    .sorted(java.util.Comparator.comparing(IndicatorPlan::indicatorId)).toList()) {
                Tally tally = periodTallies.getOrDefault(indicator.indicatorId(), Tally.EMPTY);
                BigDecimal realisation = tally.realisation(indicator.aggregation());
                BigDecimal capaian = Capaian.of(indicator.target(), realisation, indicator.polarity(),
                        tally.count() > 0, policy.capaianCap());
                Rating band = policy.band(capaian);
                indicators.add(new PeriodScore.IndicatorScore(indicator.indicatorId(), indicator.utama(),
                        indicator.target(), realisation, capaian, band, tally.count()));
                bands.add(new ProposedRating.IndicatorBand(band, indicator.utama()));
                total = total.add(capaian);
            }
            BigDecimal average = indicators.isEmpty() ? BigDecimal.ZERO.setScale(2)
                    : total.divide(BigDecimal.valueOf(indicators.size()), 2, RoundingMode.HALF_UP);
            return new PeriodScore(employeeId, plan.regionId(), plan.agencyId(), plan.unitId(), period, version,
                    ProposedRating.of(bands), average, indicators);
        }
    }
}
