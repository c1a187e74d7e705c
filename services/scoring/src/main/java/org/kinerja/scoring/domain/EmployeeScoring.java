package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kinerja.contracts.Periods;
import org.kinerja.scoring.domain.ScoringInput.CorrectionInput;
import org.kinerja.scoring.domain.ScoringInput.HeadUnitPredicateInput;
import org.kinerja.scoring.domain.ScoringInput.IndicatorPlan;
import org.kinerja.scoring.domain.ScoringInput.PeerInput;
import org.kinerja.scoring.domain.ScoringInput.PeriodInput;
import org.kinerja.scoring.domain.ScoringInput.PlanInfo;
import org.kinerja.scoring.domain.ScoringInput.PlanInput;
import org.kinerja.scoring.domain.ScoringInput.RealisationInput;
import org.kinerja.scoring.domain.ScoringInput.Report;
import org.kinerja.scoring.domain.ScoringInput.ReportInput;
import org.kinerja.scoring.domain.ScoringInput.RetractionInput;

/**
 * The fold at the heart of scoring, per employee: apply one input to the state in a {@link ScoringStore} and return the
 * periods it changed, each with its new score and what it changes in the unit's figures. Deterministic, so the stream
 * processor, the tests, the oracle and a full rebuild compute the same thing.
 *
 * <p>Cost per input is bounded by the plan, never by history: a report updates two running tallies (its month or
 * quarter, and its year); a correction or retraction adjusts them the same way, and rescans only that indicator's
 * reports in that period when it removes the current minimum, maximum or latest value. A duplicate, or a revision no
 * newer than the one held, changes nothing. Reports that arrive before the plan with their indicator are held and
 * applied when it arrives. Every input that changes a period counts once toward its version, so the final version does
 * not depend on how inputs from different topics were interleaved.
 */
public final class EmployeeScoring {

    private final ScoringStore store;
    private final ScoringPolicy policy;

    public EmployeeScoring(ScoringStore store, ScoringPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    /** A period whose score changed, and what that changes in the figures of the unit(s) it counts in. */
    public record Outcome(PeriodScore score, List<UnitContribution> contributions) {
    }

    /** A plan as stored, with how many approvals (first approval and revisions) it has had. */
    public record StoredPlan(PlanInfo plan, int approvals) {
    }

    /**
     * A report as stored, whether it is still held for its plan, and how many inputs (the report, then each accepted
     * correction or retraction) it has had: a held report counts them all toward its periods' versions when applied.
     */
    public record StoredReport(Report report, boolean held, int inputs) {
    }

    public List<Outcome> apply(ScoringInput input) {
        Changes changes = new Changes(input.employeeId());
        if (input instanceof PlanInput plan) {
            applyPlan(changes, plan.plan());
        } else if (input instanceof ReportInput report) {
            applyReport(changes, report.report());
        } else if (input instanceof CorrectionInput correction) {
            revise(changes, correction.reportId(), correction.revision(), correction);
        } else if (input instanceof RetractionInput retraction) {
            revise(changes, retraction.reportId(), retraction.revision(), retraction);
        } else if (input instanceof PeriodInput period) {
            applyWorkflow(changes, period);
        } else if (input instanceof PeerInput peer) {
            applyPeerInput(changes, peer);
        } else if (input instanceof RealisationInput realisation) {
            applyRealisation(changes, realisation);
        } else {
            applyHeadPredicate(changes, (HeadUnitPredicateInput) input);
        }
        return emit(changes);
    }

    private void applyPlan(Changes changes, PlanInfo plan) {
        String employee = changes.employeeId;
        StoredPlan held = store.get(Keys.plan(employee, plan.year()), StoredPlan.class);
        if (held != null && !plan.approvedAt().isAfter(held.plan().approvedAt())) {
            return;
        }
        store.put(Keys.plan(employee, plan.year()), new StoredPlan(plan, held == null ? 1 : held.approvals() + 1));
        changes.recompute(String.valueOf(plan.year()));
        for (String key : store.keys(Keys.periodsOfYear(employee, plan.year()))) {
            changes.recompute(store.get(key, PeriodState.class).period());
        }
        for (String key : store.keys(Keys.heldOfYear(employee, plan.year()))) {
            StoredReport stored = store.get(Keys.report(employee, Keys.last(key)), StoredReport.class);
            if (plan.indicators().containsKey(stored.report().indicatorId())) {
                store.delete(key);
                count(changes, stored, plan);
            }
        }
    }

    private void applyReport(Changes changes, Report report) {
        String employee = changes.employeeId;
        if (store.get(Keys.report(employee, report.reportId()), StoredReport.class) != null) {
            return;
        }
        StoredPlan plan = store.get(Keys.plan(employee, report.activityDate().getYear()), StoredPlan.class);
        if (plan == null || !plan.plan().indicators().containsKey(report.indicatorId())) {
            store.put(Keys.report(employee, report.reportId()), new StoredReport(report, true, 1));
            store.put(Keys.held(employee, report.activityDate().getYear(), report.reportId()), Boolean.TRUE);
            return;
        }
        count(changes, new StoredReport(report, true, 1), plan.plan());
    }

    /** Adds a report that its plan now covers to its periods' tallies; each of its inputs counts once. */
    private void count(Changes changes, StoredReport held, PlanInfo plan) {
        String employee = changes.employeeId;
        Report report = held.report();
        store.put(Keys.report(employee, report.reportId()), new StoredReport(report, false, held.inputs()));
        for (String period : periodsOf(report)) {
            if (!report.retracted()) {
                String tallyKey = Keys.tally(employee, period, report.indicatorId());
                store.put(tallyKey, add(orEmpty(store.get(tallyKey, Tally.class)), report));
            }
            store.put(Keys.indexed(employee, period, report.indicatorId(), report.reportId()), Boolean.TRUE);
            changes.evidence(period, held.inputs());
        }
    }

    private void revise(Changes changes, String reportId, int revision, ScoringInput revisionInput) {
        String employee = changes.employeeId;
        StoredReport stored = store.get(Keys.report(employee, reportId), StoredReport.class);
        if (stored == null || stored.report().revision() >= revision) {
            return;
        }
        Report old = stored.report();
        Report next = revisionInput instanceof CorrectionInput c ? old.revised(c.quantity(), revision)
                : old.withdrawn(revision);
        store.put(Keys.report(employee, reportId), new StoredReport(next, stored.held(), stored.inputs() + 1));
        if (stored.held()) {
            return;
        }
        for (String period : periodsOf(old)) {
            String tallyKey = Keys.tally(employee, period, old.indicatorId());
            Tally tally = orEmpty(store.get(tallyKey, Tally.class));
            Tally without = old.retracted() ? tally : tally.without(old.quantity(), reportId).orElse(null);
            Tally updated = without == null ? rescan(employee, period, old.indicatorId())
                    : next.retracted() ? without : add(without, next);
            store.put(tallyKey, updated);
            changes.evidence(period, 1);
        }
    }

    /** Rebuilds one indicator's tally for one period from its reports: only when a running figure cannot tell. */
    private Tally rescan(String employee, String period, String indicatorId) {
        Tally tally = Tally.EMPTY;
        for (String key : store.keys(Keys.indexOf(employee, period, indicatorId))) {
            Report report = store.get(Keys.report(employee, Keys.last(key)), StoredReport.class).report();
            if (!report.retracted()) {
                tally = add(tally, report);
            }
        }
        return tally;
    }

    private void applyWorkflow(Changes changes, PeriodInput input) {
        PeriodState state = periodState(changes.employeeId, input.period());
        if (input.version() <= state.workflowVersion()) {
            return;
        }
        save(changes.employeeId, state.withWorkflow(input.status(), input.version(), input.hasilKerja(),
                input.perilakuKerja(), input.perilakuValue(), input.innovation()));
        changes.count(input.period());
        if (!Periods.isYear(input.period())) {
            // The year's proposed evaluation follows its periods' ratings: an input of the year too.
            changes.count(String.valueOf(Periods.yearOf(input.period())));
        }
    }

    /** A realisasi: the latest revision of its indicator and period is kept; it is evidence of the period and year. */
    private void applyRealisation(Changes changes, RealisationInput input) {
        String key = Keys.realisasi(changes.employeeId, input.period(), input.indicatorId());
        StoredRealisasi held = store.get(key, StoredRealisasi.class);
        if (held != null && held.revision() >= input.revision()) {
            return;
        }
        store.put(key, new StoredRealisasi(input.value(), input.revision()));
        changes.evidence(input.period(), 1);
        changes.evidence(String.valueOf(Periods.yearOf(input.period())), 1);
    }

    /** A realisasi as stored: its figure at its revision. */
    public record StoredRealisasi(BigDecimal value, int revision) {
    }

    private void applyPeerInput(Changes changes, PeerInput input) {
        PeriodState state = periodState(changes.employeeId, input.period());
        if (state.peerInput()) {
            return;
        }
        save(changes.employeeId, state.withPeerInput());
        changes.count(input.period());
    }

    private void applyHeadPredicate(Changes changes, HeadUnitPredicateInput input) {
        PeriodState state = periodState(changes.employeeId, input.period());
        if (input.version() <= state.headPredicateVersion() && input.unitId().equals(state.headUnitId())) {
            return;
        }
        save(changes.employeeId, state.withHeadUnitPredicate(input.unitId(), input.predicate(), input.version()));
        changes.count(input.period());
    }

    private List<Outcome> emit(Changes changes) {
        String employee = changes.employeeId;
        List<Outcome> outcomes = new ArrayList<>();
        for (String period : changes.periods) {
            PeriodState state = periodState(employee, period);
            int inputs = changes.counted.getOrDefault(period, 0);
            if (inputs > 0) {
                state = state.counted(inputs);
                if (state.locked() && changes.evidence.contains(period)) {
                    state = state.withLateEvidence();
                }
            }
            StoredPlan plan = store.get(Keys.plan(employee, Periods.yearOf(period)), StoredPlan.class);
            if (plan == null) {
                save(employee, state);
                continue;
            }
            PeriodScore score = score(employee, plan, state);
            List<UnitContribution> contributions = new ArrayList<>();
            String unit = plan.plan().unitId();
            if (state.contributedUnitId() != null && !state.contributedUnitId().equals(unit)) {
                contributions.add(new UnitContribution(state.contributedUnitId(), plan.plan().agencyId(), employee,
                        period, score.version(), false, null, BigDecimal.ZERO));
            }
            contributions.add(new UnitContribution(unit, plan.plan().agencyId(), employee, period, score.version(),
                    true, score.predicate(), score.averageCapaian()));
            save(employee, state.contributedTo(unit));
            outcomes.add(new Outcome(score, contributions));
        }
        return outcomes;
    }

    private PeriodScore score(String employee, StoredPlan stored, PeriodState state) {
        PlanInfo plan = stored.plan();
        String period = state.period();
        List<PeriodScore.IndicatorScore> indicators = new ArrayList<>();
        List<ProposedRating.IndicatorBand> bands = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (IndicatorPlan indicator : plan.indicators().values().stream()
                .sorted(Comparator.comparing(IndicatorPlan::indicatorId)).toList()) {
            Tally tally = orEmpty(store.get(Keys.tally(employee, period, indicator.indicatorId()), Tally.class));
            BigDecimal target = indicator.targetFor(period);
            PeriodRealisation figure = realisation(employee, period, indicator, tally);
            BigDecimal realisation = figure.value();
            BigDecimal capaian = Capaian.of(target, realisation, indicator.polarity(), figure.evidenced(),
                    policy.capaianCap());
            Rating band = policy.band(capaian);
            indicators.add(new PeriodScore.IndicatorScore(indicator.indicatorId(), indicator.utama(),
                    indicator.aspect(), target, realisation, capaian, band, tally.count()));
            bands.add(new ProposedRating.IndicatorBand(band, indicator.utama()));
            total = total.add(capaian);
        }
        BigDecimal average = indicators.isEmpty() ? BigDecimal.ZERO.setScale(2)
                : total.divide(BigDecimal.valueOf(indicators.size()), 2, RoundingMode.HALF_UP);
        LegacyScore legacy = policy.legacyScore() && state.perilakuKerja() != null
                ? LegacyScore.of(average, state.perilakuValue() != null ? state.perilakuValue()
                        : policy.perilakuValues().get(state.perilakuKerja()), state.peerInput(), state.innovation())
                : null;
        AnnualProposal proposal = Periods.isYear(period) ? AnnualProposal.of(policy.annualRule(),
                periodsOfYear(employee, Periods.yearOf(period))).orElse(null) : null;
        return new PeriodScore(employee, plan.regionId(), plan.agencyId(), plan.unitId(), period,
                stored.approvals() + state.inputs(), ProposedRating.of(bands), average, indicators, state.status(),
                state.supervisorHasilKerja(), state.hasilKerja(), state.perilakuKerja(), state.predicate(), legacy,
                state.locked(), state.lateEvidence(), state.headUnitPredicate(), proposal);
    }

    /** The indicator's realisation of the period, from the daily reports or the realisasi as its source says. */
    private PeriodRealisation realisation(String employee, String period, IndicatorPlan indicator, Tally tally) {
        CapaianSource source = indicator.source() != null ? indicator.source() : policy.capaianSource();
        if (source == CapaianSource.DAILY_REPORTS) {
            return PeriodRealisation.ofPeriod(source, indicator.aggregation(), null, tally);
        }
        if (!Periods.isYear(period)) {
            return PeriodRealisation.ofPeriod(source, indicator.aggregation(), realisasi(employee, period,
                    indicator.indicatorId()), tally);
        }
        List<PeriodRealisation> periods = new ArrayList<>();
        boolean any = false;
        for (String sub : Periods.subPeriodsOf(period, policy.cadence())) {
            BigDecimal realisasi = realisasi(employee, sub, indicator.indicatorId());
            any |= realisasi != null;
            periods.add(PeriodRealisation.ofPeriod(source, indicator.aggregation(), realisasi,
                    orEmpty(store.get(Keys.tally(employee, sub, indicator.indicatorId()), Tally.class))));
        }
        return PeriodRealisation.ofYear(source, indicator.aggregation(), tally, periods, any);
    }

    private BigDecimal realisasi(String employee, String period, String indicatorId) {
        StoredRealisasi held = store.get(Keys.realisasi(employee, period, indicatorId), StoredRealisasi.class);
        return held == null ? null : held.value();
    }

    private List<PeriodState> periodsOfYear(String employee, int year) {
        return store.keys(Keys.periodsOfYear(employee, year)).stream()
                .map(key -> store.get(key, PeriodState.class)).toList();
    }

    private List<String> periodsOf(Report report) {
        return List.of(Periods.subPeriod(report.activityDate(), policy.cadence()),
                Periods.year(report.activityDate()));
    }

    private PeriodState periodState(String employee, String period) {
        PeriodState state = store.get(Keys.period(employee, period), PeriodState.class);
        return state == null ? PeriodState.open(period) : state;
    }

    private void save(String employee, PeriodState state) {
        store.put(Keys.period(employee, state.period()), state);
    }

    private static Tally orEmpty(Tally tally) {
        return tally == null ? Tally.EMPTY : tally;
    }

    private static Tally add(Tally tally, Report report) {
        return tally.add(report.quantity(), report.activityDate(), report.reportedAt(), report.reportId());
    }

    /** The periods one input touches: those it counts toward (its version grows) and those only re-scored. */
    private static final class Changes {
        private final String employeeId;
        private final Set<String> periods = new LinkedHashSet<>();
        private final Map<String, Integer> counted = new HashMap<>();
        private final Set<String> evidence = new HashSet<>();

        Changes(String employeeId) {
            this.employeeId = employeeId;
        }

        void recompute(String period) {
            periods.add(period);
        }

        void count(String period) {
            count(period, 1);
        }

        private void count(String period, int inputs) {
            periods.add(period);
            counted.merge(period, inputs, Integer::sum);
        }

        /** Reports, corrections or retractions: they count, and flag late evidence when the period is locked. */
        void evidence(String period, int inputs) {
            count(period, inputs);
            evidence.add(period);
        }
    }
}
