package org.kinerja.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinerja.scoring.domain.ScoringInput.IndicatorPlan;
import org.kinerja.scoring.domain.ScoringInput.PlanInfo;
import org.kinerja.scoring.domain.ScoringInput.PlanInput;
import org.kinerja.scoring.domain.ScoringInput.Report;
import org.kinerja.scoring.domain.ScoringInput.ReportInput;

class ScoringStepTest {

    private static final PlanInput PLAN = new PlanInput(new PlanInfo("skp", "makassar", "dukcapil", "pelayanan", 2026,
            Map.of("ktp", new IndicatorPlan("ktp", true, new BigDecimal("100"), Capaian.Polarity.HIGHER_IS_BETTER,
                    Aggregation.SUM),
                    "waktu", new IndicatorPlan("waktu", false, new BigDecimal("3"), Capaian.Polarity.LOWER_IS_BETTER,
                            Aggregation.LATEST))));

    private static ReportInput report(String id, String indicator, int day, String quantity) {
        return new ReportInput(new Report(id, indicator, LocalDate.of(2026, 2, day), new BigDecimal(quantity),
                Instant.parse("2026-02-01T00:00:00Z").plusSeconds(day)));
    }

    private static ScoringStep.Result apply(EmployeeState state, ScoringInput input) {
        return ScoringStep.apply(state, input, ScoringPolicy.DEFAULT);
    }

    @Test
    void aPlanStartsTheYearAtVersionOneWithNoEvidence() {
        ScoringStep.Result result = apply(EmployeeState.empty("e"), PLAN);
        assertThat(result.changed()).singleElement().satisfies(score -> {
            assertThat(score.period()).isEqualTo("2026");
            assertThat(score.version()).isEqualTo(1);
            assertThat(score.averageCapaian()).isEqualByComparingTo("0");
            assertThat(score.proposedHasilKerja()).isEqualTo(Rating.BELOW);
        });
    }

    @Test
    void reportsAccumulateAndMoveTheRating() {
        EmployeeState state = apply(EmployeeState.empty("e"), PLAN).state();
        state = apply(state, report("r1", "ktp", 2, "60")).state();
        state = apply(state, report("r2", "waktu", 3, "4")).state();
        state = apply(state, report("r3", "waktu", 5, "2.5")).state();
        ScoringStep.Result last = apply(state, report("r4", "ktp", 6, "55"));
        PeriodScore score = last.changed().get(0);
        assertThat(score.version()).isEqualTo(5);
        assertThat(score.indicators()).extracting(PeriodScore.IndicatorScore::capaian)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("115.00"), new BigDecimal("120.00"));
        assertThat(score.proposedHasilKerja()).isEqualTo(Rating.ABOVE);
    }

    @Test
    void aDuplicateChangesNothing() {
        EmployeeState state = apply(apply(EmployeeState.empty("e"), PLAN).state(), report("r1", "ktp", 2, "60"))
                .state();
        ScoringStep.Result again = apply(state, report("r1", "ktp", 2, "60"));
        assertThat(again.changed()).isEmpty();
        assertThat(again.state()).isSameAs(state);
    }

    @Test
    void aReportBeforeItsPlanIsHeldThenApplied() {
        ScoringStep.Result early = apply(EmployeeState.empty("e"), report("r1", "ktp", 2, "95"));
        assertThat(early.changed()).isEmpty();
        assertThat(early.state().pending()).hasSize(1);
        assertThat(apply(early.state(), report("r1", "ktp", 2, "95")).changed()).isEmpty();

        ScoringStep.Result planned = apply(early.state(), PLAN);
        assertThat(planned.state().pending()).isEmpty();
        assertThat(planned.changed()).singleElement().satisfies(score -> assertThat(score.indicators().get(0)
                .realisation()).isEqualByComparingTo("95"));
    }

    @Test
    void aCorrectionReplacesTheQuantityExactlyOnceAndAStaleRevisionChangesNothing() {
        EmployeeState state = apply(EmployeeState.empty("e"), PLAN).state();
        state = apply(state, report("r1", "ktp", 2, "60")).state();
        state = apply(state, report("r2", "ktp", 3, "30")).state();
        ScoringStep.Result corrected = apply(state, new ScoringInput.CorrectionInput("r1", new BigDecimal("6"), 2));
        assertThat(corrected.changed().get(0).indicators().get(0).realisation()).isEqualByComparingTo("36");
        assertThat(corrected.changed().get(0).indicators().get(0).reportCount()).isEqualTo(2);
        assertThat(apply(corrected.state(), new ScoringInput.CorrectionInput("r1", new BigDecimal("600"), 2))
                .changed()).isEmpty();
        assertThat(apply(corrected.state(), report("r1", "ktp", 2, "60")).changed()).isEmpty();
    }

    @Test
    void aRetractionRemovesTheReportAndNothingCanReviveIt() {
        EmployeeState state = apply(EmployeeState.empty("e"), PLAN).state();
        state = apply(state, report("r1", "waktu", 2, "2")).state();
        state = apply(state, report("r2", "waktu", 5, "4")).state();
        ScoringStep.Result retracted = apply(state, new ScoringInput.RetractionInput("r2", 2));
        PeriodScore score = retracted.changed().get(0);
        assertThat(score.indicators().get(1).realisation()).isEqualByComparingTo("2");
        assertThat(score.indicators().get(1).reportCount()).isEqualTo(1);
        assertThat(apply(retracted.state(), new ScoringInput.CorrectionInput("r2", BigDecimal.ONE, 2)).changed())
                .isEmpty();
        assertThat(apply(retracted.state(), report("r2", "waktu", 5, "4")).changed()).isEmpty();
    }

    @Test
    void revisionsOfAReportHeldForItsPlanAreKeptUntilThePlanArrives() {
        EmployeeState state = apply(EmployeeState.empty("e"), report("r1", "ktp", 2, "50")).state();
        state = apply(state, new ScoringInput.CorrectionInput("r1", new BigDecimal("70"), 2)).state();
        state = apply(state, report("r2", "ktp", 3, "10")).state();
        state = apply(state, new ScoringInput.RetractionInput("r2", 2)).state();
        PeriodScore score = apply(state, PLAN).changed().get(0);
        assertThat(score.indicators().get(0).realisation()).isEqualByComparingTo("70");
        assertThat(score.indicators().get(0).reportCount()).isEqualTo(1);
    }

    @Test
    void latestIsByActivityDateNotArrivalOrder() {
        EmployeeState state = apply(EmployeeState.empty("e"), PLAN).state();
        state = apply(state, report("late-but-newer", "waktu", 9, "2")).state();
        PeriodScore score = apply(state, report("older", "waktu", 4, "6")).changed().get(0);
        assertThat(score.indicators().get(1).realisation()).isEqualByComparingTo("2");
    }
}
