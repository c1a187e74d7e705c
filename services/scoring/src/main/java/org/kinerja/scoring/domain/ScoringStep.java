package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kinerja.scoring.domain.ScoringInput.CorrectionInput;
import org.kinerja.scoring.domain.ScoringInput.IndicatorPlan;
import org.kinerja.scoring.domain.ScoringInput.PlanInfo;
import org.kinerja.scoring.domain.ScoringInput.PlanInput;
import org.kinerja.scoring.domain.ScoringInput.Report;
import org.kinerja.scoring.domain.ScoringInput.ReportInput;
import org.kinerja.scoring.domain.ScoringInput.RetractionInput;

/**
 * The fold at the heart of scoring: (state, input) → (new state, the period scores that changed). Pure and
 * deterministic, so the stream processor, the tests and a full rebuild all compute the same thing. A new report costs
 * the same whatever the history (one tally); a correction or retraction re-tallies only its own indicator and period.
 * A duplicate, or a revision no newer than the one held, changes nothing.
 */
public final class ScoringStep {

    private ScoringStep() {
    }

    public record Result(EmployeeState state, List<PeriodScore> changed) {
    }

    public static Result apply(EmployeeState state, ScoringInput input, ScoringPolicy policy) {
        if (input instanceof PlanInput plan) {
            Working work = new Working(state);
            work.plan = plan.plan();
            work.touched.add(String.valueOf(plan.plan().year()));
            List<Report> held = work.pending;
            work.pending = new ArrayList<>();
            held.forEach(work::applyOrHold);
            return work.finish(policy);
        }
        if (input instanceof ReportInput report) {
            if (known(state, report.report().reportId()).isPresent()) {
                return new Result(state, List.of());
            }
            Working work = new Working(state);
            work.applyOrHold(report.report());
            return work.finish(policy);
        }
        return revise(state, input, policy);
    }

    private static Result revise(EmployeeState state, ScoringInput input, ScoringPolicy policy) {
        String reportId = input instanceof CorrectionInput c ? c.reportId() : ((RetractionInput) input).reportId();
        int revision = input instanceof CorrectionInput c ? c.revision() : ((RetractionInput) input).revision();
        Optional<Report> current = known(state, reportId);
        if (current.isEmpty() || current.get().revision() >= revision) {
            return new Result(state, List.of());
        }
        Report next = input instanceof CorrectionInput c ? current.get().revised(c.quantity(), revision)
                : current.get().withdrawn(revision);
        Working work = new Working(state);
        if (work.pending.removeIf(p -> p.reportId().equals(reportId))) {
            work.pending.add(next);
            return new Result(work.snapshot(), List.of());
        }
        work.applied.put(reportId, next);
        work.retally(next.indicatorId(), next.period());
        return work.finish(policy);
    }

    private static Optional<Report> known(EmployeeState state, String reportId) {
        Report applied = state.applied().get(reportId);
        if (applied != null) {
            return Optional.of(applied);
        }
        return state.pending().stream().filter(p -> p.reportId().equals(reportId)).findFirst();
    }

    /** Mutable copy of the state while one input is applied. */
    private static final class Working {
        private final String employeeId;
        private PlanInfo plan;
        private final Map<String, Map<String, Tally>> tallies = new HashMap<>();
        private final Map<String, Long> versions;
        private final Map<String, Report> applied;
        private List<Report> pending;
        private final Set<String> touched = new LinkedHashSet<>();

        Working(EmployeeState state) {
            employeeId = state.employeeId();
            plan = state.plan();
            state.tallies().forEach((period, byIndicator) -> tallies.put(period, new HashMap<>(byIndicator)));
            versions = new HashMap<>(state.versions());
            applied = new HashMap<>(state.applied());
            pending = new ArrayList<>(state.pending());
        }

        void applyOrHold(Report report) {
            if (plan == null || !plan.indicators().containsKey(report.indicatorId())) {
                pending.add(report);
                return;
            }
            applied.put(report.reportId(), report);
            if (!report.retracted()) {
                tallies.computeIfAbsent(report.period(), p -> new HashMap<>()).merge(report.indicatorId(),
                        add(Tally.EMPTY, report), (old, ignored) -> add(old, report));
            }
            touched.add(report.period());
        }

        /** Rebuilds one indicator's tally for one period from its reports: the cost of exactness for a revision. */
        void retally(String indicatorId, String period) {
            Tally tally = Tally.EMPTY;
            for (Report report : applied.values().stream()
                    .filter(r -> r.indicatorId().equals(indicatorId) && r.period().equals(period) && !r.retracted())
                    .sorted(Comparator.comparing(Report::reportId)).toList()) {
                tally = add(tally, report);
            }
            tallies.computeIfAbsent(period, p -> new HashMap<>()).put(indicatorId, tally);
            touched.add(period);
        }

        private static Tally add(Tally tally, Report report) {
            return tally.add(report.quantity(), report.activityDate(), report.reportedAt(), report.reportId());
        }

        EmployeeState snapshot() {
            return new EmployeeState(employeeId, plan, tallies, versions, applied, pending);
        }

        Result finish(ScoringPolicy policy) {
            List<PeriodScore> changed = new ArrayList<>();
            for (String period : touched) {
                long version = versions.getOrDefault(period, 0L) + 1;
                versions.put(period, version);
                changed.add(score(period, version, policy));
            }
            return new Result(snapshot(), changed);
        }

        private PeriodScore score(String period, long version, ScoringPolicy policy) {
            Map<String, Tally> periodTallies = tallies.getOrDefault(period, Map.of());
            List<PeriodScore.IndicatorScore> indicators = new ArrayList<>();
            List<ProposedRating.IndicatorBand> bands = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (IndicatorPlan indicator : plan.indicators().values().stream()
                    .sorted(Comparator.comparing(IndicatorPlan::indicatorId)).toList()) {
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
