package org.kinerja.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinerja.contracts.Periods;
import org.kinerja.scoring.domain.ScoringInput.CorrectionInput;
import org.kinerja.scoring.domain.ScoringInput.HeadUnitPredicateInput;
import org.kinerja.scoring.domain.ScoringInput.IndicatorPlan;
import org.kinerja.scoring.domain.ScoringInput.PeerInput;
import org.kinerja.scoring.domain.ScoringInput.PeriodInput;
import org.kinerja.scoring.domain.ScoringInput.PlanInfo;
import org.kinerja.scoring.domain.ScoringInput.PlanInput;
import org.kinerja.scoring.domain.ScoringInput.Report;
import org.kinerja.scoring.domain.ScoringInput.ReportInput;
import org.kinerja.scoring.domain.ScoringInput.RetractionInput;

/** Every rule of the employee side, with figures computed by hand. */
class EmployeeScoringTest {

    private static final String E = "199207252019032001";
    private static final Instant APPROVED = Instant.parse("2026-01-10T00:00:00Z");

    private final InMemoryScoringStore store = new InMemoryScoringStore();
    private EmployeeScoring scoring = new EmployeeScoring(store, ScoringPolicy.DEFAULT);

    private static PlanInput plan(Instant approvedAt, String unit) {
        return new PlanInput(E, new PlanInfo("skp", "makassar", "dukcapil", unit, 2026, approvedAt, Map.of(
                "ktp", new IndicatorPlan("ktp", true, "KUANTITAS", new BigDecimal("1200"),
                        Capaian.Polarity.HIGHER_IS_BETTER, Aggregation.SUM, Map.of("2026-02", new BigDecimal("80"))),
                "waktu", new IndicatorPlan("waktu", false, "WAKTU", new BigDecimal("3"),
                        Capaian.Polarity.LOWER_IS_BETTER, Aggregation.LATEST, Map.of()))));
    }

    private static PlanInput plan() {
        return plan(APPROVED, "pelayanan");
    }

    private static ReportInput report(String id, String indicator, int month, int day, String quantity) {
        return new ReportInput(E, new Report(id, indicator, LocalDate.of(2026, month, day), new BigDecimal(quantity),
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(month * 100_000L + day)));
    }

    private List<EmployeeScoring.Outcome> apply(ScoringInput input) {
        return scoring.apply(input);
    }

    private PeriodScore last(ScoringInput input, String period) {
        return apply(input).stream().map(EmployeeScoring.Outcome::score).filter(s -> s.period().equals(period))
                .reduce((a, b) -> b).orElseThrow();
    }

    private static PeriodScore.IndicatorScore indicator(PeriodScore score, String id) {
        return score.indicators().stream().filter(i -> i.indicatorId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aPlanStartsTheYearAtVersionOneWithNoEvidence() {
        List<EmployeeScoring.Outcome> outcomes = apply(plan());
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.score().period()).isEqualTo("2026");
            assertThat(o.score().version()).isEqualTo(1);
            assertThat(o.score().averageCapaian()).isEqualByComparingTo("0");
            assertThat(o.score().proposedHasilKerja()).isEqualTo(Rating.BELOW);
            assertThat(o.score().predicate()).isNull();
            assertThat(o.contributions()).containsExactly(new UnitContribution("pelayanan", "dukcapil", E, "2026", 1,
                    true, null, new BigDecimal("0.00")));
        });
    }

    @Test
    void aReportCountsTowardItsMonthAgainstTheRencanaAksiTargetAndTowardTheYear() {
        apply(plan());
        List<EmployeeScoring.Outcome> outcomes = apply(report("r1", "ktp", 2, 3, "60"));
        assertThat(outcomes).extracting(o -> o.score().period()).containsExactly("2026-02", "2026");
        PeriodScore month = outcomes.get(0).score();
        assertThat(indicator(month, "ktp").target()).isEqualByComparingTo("80");
        assertThat(indicator(month, "ktp").capaian()).isEqualByComparingTo("75.00");
        assertThat(month.version()).isEqualTo(2);
        PeriodScore year = outcomes.get(1).score();
        assertThat(indicator(year, "ktp").capaian()).isEqualByComparingTo("5.00");
        assertThat(year.version()).isEqualTo(2);
        // March has no rencana aksi target: a summed indicator's monthly share of the year, 1200 / 12
        PeriodScore march = last(report("r2", "ktp", 3, 1, "110"), "2026-03");
        assertThat(indicator(march, "ktp").target()).isEqualByComparingTo("100");
        assertThat(indicator(march, "ktp").capaian()).isEqualByComparingTo("110.00");
        assertThat(indicator(march, "waktu").target()).isEqualByComparingTo("3");
    }

    @Test
    void quartersAreThePeriodsWhereTheRegionEvaluatesQuarterly() {
        scoring = new EmployeeScoring(store, ScoringPolicy.DEFAULT.withCadence(Periods.Cadence.QUARTERLY));
        apply(plan());
        PeriodScore quarter = last(report("r1", "ktp", 2, 3, "150"), "2026-Q1");
        assertThat(indicator(quarter, "ktp").target()).isEqualByComparingTo("300");
        assertThat(indicator(quarter, "ktp").capaian()).isEqualByComparingTo("50.00");
    }

    @Test
    void reportsAccumulateAndMoveTheProposedRating() {
        apply(plan());
        apply(report("r1", "ktp", 2, 2, "60"));
        apply(report("r2", "waktu", 2, 3, "4"));
        apply(report("r3", "waktu", 2, 5, "2.5"));
        PeriodScore month = last(report("r4", "ktp", 2, 6, "35"), "2026-02");
        assertThat(month.version()).isEqualTo(5);
        assertThat(indicator(month, "ktp").realisation()).isEqualByComparingTo("95");
        assertThat(month.indicators()).extracting(PeriodScore.IndicatorScore::capaian)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("118.75"), new BigDecimal("120.00"));
        assertThat(month.proposedHasilKerja()).isEqualTo(Rating.ABOVE);
    }

    @Test
    void aDuplicateReportChangesNothing() {
        apply(plan());
        apply(report("r1", "ktp", 2, 2, "60"));
        assertThat(apply(report("r1", "ktp", 2, 2, "60"))).isEmpty();
    }

    @Test
    void reportsBeforeThePlanAreHeldAndTheFinalVersionDoesNotDependOnTheOrder() {
        assertThat(apply(report("r1", "ktp", 2, 2, "60"))).isEmpty();
        assertThat(apply(report("r2", "ktp", 2, 3, "20"))).isEmpty();
        List<EmployeeScoring.Outcome> outcomes = apply(plan());
        assertThat(outcomes).extracting(o -> o.score().period()).containsExactly("2026", "2026-02");
        assertThat(outcomes.get(1).score().version()).isEqualTo(3);
        assertThat(indicator(outcomes.get(1).score(), "ktp").realisation()).isEqualByComparingTo("80");

        InMemoryScoringStore other = new InMemoryScoringStore();
        EmployeeScoring inOrder = new EmployeeScoring(other, ScoringPolicy.DEFAULT);
        inOrder.apply(plan());
        inOrder.apply(report("r1", "ktp", 2, 2, "60"));
        PeriodScore same = inOrder.apply(report("r2", "ktp", 2, 3, "20")).get(0).score();
        assertThat(same).isEqualTo(outcomes.get(1).score());
    }

    @Test
    void aCorrectionReplacesTheQuantityExactlyAndAnOlderRevisionIsIgnored() {
        apply(plan());
        apply(report("r1", "ktp", 2, 2, "60"));
        apply(report("r2", "ktp", 2, 3, "10"));
        PeriodScore corrected = last(new CorrectionInput(E, "r1", new BigDecimal("40"), 3), "2026-02");
        assertThat(indicator(corrected, "ktp").realisation()).isEqualByComparingTo("50");
        assertThat(indicator(corrected, "ktp").reportCount()).isEqualTo(2);
        assertThat(apply(new CorrectionInput(E, "r1", new BigDecimal("99"), 2))).isEmpty();
        assertThat(apply(new CorrectionInput(E, "unknown", new BigDecimal("99"), 2))).isEmpty();
    }

    @Test
    void retractingTheLatestValueFindsThePreviousOneByARescanOfThatPeriod() {
        apply(plan());
        apply(report("w1", "waktu", 2, 2, "4"));
        apply(report("w2", "waktu", 2, 9, "2"));
        PeriodScore before = last(report("w3", "waktu", 2, 5, "5"), "2026-02");
        assertThat(indicator(before, "waktu").realisation()).isEqualByComparingTo("2");
        PeriodScore after = last(new RetractionInput(E, "w2", 2), "2026-02");
        assertThat(indicator(after, "waktu").realisation()).isEqualByComparingTo("5");
        assertThat(indicator(after, "waktu").reportCount()).isEqualTo(2);
        assertThat(indicator(after, "waktu").capaian()).isEqualByComparingTo("60.00");
        assertThat(apply(new RetractionInput(E, "w2", 2))).isEmpty();
    }

    @Test
    void aRevisedPlanRescoresEveryPeriodOfTheYear() {
        apply(plan());
        apply(report("r1", "ktp", 2, 2, "60"));
        PlanInput revision = new PlanInput(E, new PlanInfo("skp", "makassar", "dukcapil", "pelayanan", 2026,
                APPROVED.plusSeconds(86_400), Map.of("ktp", new IndicatorPlan("ktp", true, "KUANTITAS",
                        new BigDecimal("600"), Capaian.Polarity.HIGHER_IS_BETTER, Aggregation.SUM, Map.of()))));
        List<EmployeeScoring.Outcome> outcomes = apply(revision);
        assertThat(outcomes).extracting(o -> o.score().period()).containsExactlyInAnyOrder("2026", "2026-02");
        PeriodScore month = outcomes.stream().map(EmployeeScoring.Outcome::score)
                .filter(s -> s.period().equals("2026-02")).findFirst().orElseThrow();
        assertThat(indicator(month, "ktp").target()).isEqualByComparingTo("50");
        assertThat(month.indicators()).hasSize(1);
        assertThat(month.version()).isEqualTo(3);
        assertThat(apply(plan())).as("an older approval arriving late").isEmpty();
    }

    @Test
    void thePenilaisRatingsGiveThePredicateAndOverrideTheProposal() {
        apply(plan());
        PeriodScore rated = last(new PeriodInput(E, "2026-02", "RATED", Rating.MEETS, Rating.ABOVE, 3), "2026-02");
        assertThat(rated.proposedHasilKerja()).isEqualTo(Rating.BELOW);
        assertThat(rated.supervisorHasilKerja()).isEqualTo(Rating.MEETS);
        assertThat(rated.hasilKerja()).isEqualTo(Rating.MEETS);
        assertThat(rated.predicate()).isEqualTo(Predicate.BAIK);
        assertThat(apply(new PeriodInput(E, "2026-02", "SELF_ASSESSED", null, null, 2))).as("older").isEmpty();
    }

    @Test
    void aHeadOfUnitTakesTheUnitsAchievementAsHasilKerja() {
        apply(plan());
        apply(new PeriodInput(E, "2026", "RATED", Rating.BELOW, Rating.MEETS, 3));
        PeriodScore head = last(new HeadUnitPredicateInput(E, "pelayanan", "2026",
                DistributionCheck.UnitPredicate.ISTIMEWA, 1), "2026");
        assertThat(head.supervisorHasilKerja()).isEqualTo(Rating.BELOW);
        assertThat(head.hasilKerja()).isEqualTo(Rating.ABOVE);
        assertThat(head.predicate()).isEqualTo(Predicate.BAIK);
        PeriodScore changed = last(new HeadUnitPredicateInput(E, "pelayanan", "2026",
                DistributionCheck.UnitPredicate.KURANG, 2), "2026");
        assertThat(changed.predicate()).isEqualTo(Predicate.BUTUH_PERBAIKAN);
        assertThat(apply(new HeadUnitPredicateInput(E, "pelayanan", "2026",
                DistributionCheck.UnitPredicate.ISTIMEWA, 1))).isEmpty();
    }

    @Test
    void aLockedPeriodKeepsItsPredicateAndFlagsLateEvidenceUntilReopened() {
        apply(plan());
        apply(new PeriodInput(E, "2026-02", "RATED", Rating.MEETS, Rating.MEETS, 3));
        PeriodScore locked = last(new PeriodInput(E, "2026-02", "LOCKED", Rating.MEETS, Rating.MEETS, 5), "2026-02");
        assertThat(locked.locked()).isTrue();
        assertThat(locked.predicate()).isEqualTo(Predicate.BAIK);
        assertThat(locked.lateEvidence()).isFalse();

        PeriodScore late = last(report("r1", "ktp", 2, 20, "100"), "2026-02");
        assertThat(late.lateEvidence()).isTrue();
        assertThat(indicator(late, "ktp").realisation()).isEqualByComparingTo("100");
        assertThat(late.predicate()).isEqualTo(Predicate.BAIK);
        assertThat(last(report("r0", "ktp", 2, 21, "1"), "2026").lateEvidence()).as("the year is not locked")
                .isFalse();

        PeriodScore reopened = last(new PeriodInput(E, "2026-02", "REOPENED", Rating.BELOW, Rating.MEETS, 6),
                "2026-02");
        assertThat(reopened.locked()).isFalse();
        assertThat(reopened.lateEvidence()).isFalse();
        assertThat(reopened.predicate()).isEqualTo(Predicate.BUTUH_PERBAIKAN);
    }

    @Test
    void theLegacyScoreWeighsBehaviourMoreWithPeerInput() {
        scoring = new EmployeeScoring(store, ScoringPolicy.DEFAULT.withLegacyScore(true));
        apply(plan());
        apply(report("r1", "ktp", 2, 2, "80"));
        apply(report("r2", "waktu", 2, 3, "3"));
        // capaian 100 and 100 → SKP 100; behaviour ABOVE = 110
        PeriodScore without = last(new PeriodInput(E, "2026-02", "RATED", Rating.MEETS, Rating.ABOVE, 3), "2026-02");
        assertThat(without.legacyScore().value()).isEqualByComparingTo("103.00");
        PeriodScore with = last(new PeerInput(E, "2026-02"), "2026-02");
        assertThat(with.legacyScore().value()).isEqualByComparingTo("104.00");
        assertThat(with.legacyScore().band()).isEqualTo(LegacyScore.Band.BAIK);
        assertThat(apply(new PeerInput(E, "2026-02"))).isEmpty();
    }

    @Test
    void inNumericModeThePenilaisPerilakuValueCountsAndAnInnovationMakesSangatBaikReachable() {
        scoring = new EmployeeScoring(store, ScoringPolicy.DEFAULT.withLegacyScore(true));
        apply(plan());
        apply(report("r1", "ktp", 2, 2, "96"));
        apply(report("r2", "waktu", 2, 3, "3"));
        // capaian 120 (96 of 80, capped) and 100 → SKP 110; the penilai's value 118:
        // 110 × 70 % + 118 × 30 % = 77 + 35.4 = 112.40
        PeriodScore without = last(new PeriodInput(E, "2026-02", "RATED", Rating.ABOVE, Rating.ABOVE, 3,
                new BigDecimal("118"), false), "2026-02");
        assertThat(without.legacyScore().value()).isEqualByComparingTo("112.40");
        assertThat(without.legacyScore().band()).as("no innovation recorded").isEqualTo(LegacyScore.Band.BAIK);
        PeriodScore with = last(new PeriodInput(E, "2026-02", "RATED", Rating.ABOVE, Rating.ABOVE, 4,
                new BigDecimal("118"), true), "2026-02");
        assertThat(with.legacyScore().band()).isEqualTo(LegacyScore.Band.SANGAT_BAIK);
    }

    @Test
    void theYearIsProposedFromItsRatedPeriodsAndSetByThePenilaisOwnRating() {
        apply(plan());
        apply(new PeriodInput(E, "2026-10", "PREDICATE_SET", Rating.ABOVE, Rating.ABOVE, 3));
        List<EmployeeScoring.Outcome> november = apply(new PeriodInput(E, "2026-11", "PREDICATE_SET", Rating.MEETS,
                Rating.ABOVE, 3));
        PeriodScore year = november.stream().map(EmployeeScoring.Outcome::score).filter(x -> x.period().equals(
                "2026")).findFirst().orElseThrow();
        assertThat(year.annualProposal()).isEqualTo(new AnnualProposal(AnnualProposal.Rule.LAST_PERIOD,
                Predicate.BAIK, Rating.MEETS, Rating.ABOVE, List.of("2026-11")));
        assertThat(year.predicate()).as("a proposal, not the year's predicate").isNull();
        assertThat(year.version()).as("the plan and two months' ratings").isEqualTo(3);
        PeriodScore rated = last(new PeriodInput(E, "2026", "PREDICATE_SET", Rating.ABOVE, Rating.ABOVE, 4), "2026");
        assertThat(rated.predicate()).isEqualTo(Predicate.SANGAT_BAIK);
        assertThat(last(new PeriodInput(E, "2026-12", "RATED", Rating.BELOW, Rating.MEETS, 2), "2026-12")
                .predicate()).as("the periodic predicates stay as they are").isEqualTo(Predicate.BUTUH_PERBAIKAN);
    }

    @Test
    void theMostFrequentRuleTakesThePredicateGivenMostOftenTheLaterOnATie() {
        PeriodState oct = rated("2026-10", Rating.ABOVE, Rating.ABOVE);
        PeriodState nov = rated("2026-11", Rating.MEETS, Rating.MEETS);
        PeriodState dec = rated("2026-12", Rating.MEETS, Rating.ABOVE);
        PeriodState year = rated("2026", Rating.BELOW, Rating.BELOW);
        assertThat(AnnualProposal.of(AnnualProposal.Rule.MOST_FREQUENT, List.of(year, oct, nov, dec)))
                .contains(new AnnualProposal(AnnualProposal.Rule.MOST_FREQUENT, Predicate.BAIK, Rating.MEETS,
                        Rating.ABOVE, List.of("2026-10", "2026-11", "2026-12")));
        assertThat(AnnualProposal.of(AnnualProposal.Rule.MOST_FREQUENT, List.of(oct, rated("2026-11", Rating.BELOW,
                Rating.MEETS)))).map(AnnualProposal::predicate).as("one each: the later")
                .contains(Predicate.BUTUH_PERBAIKAN);
        assertThat(AnnualProposal.of(AnnualProposal.Rule.LAST_PERIOD, List.of(PeriodState.open("2026-03"))))
                .isEmpty();
    }

    @Test
    void anIndicatorTakesItsRealisationFromTheSourceItsPlanNames() {
        PlanInput byRealisasi = new PlanInput(E, new PlanInfo("skp", "makassar", "dukcapil", "pelayanan", 2026,
                APPROVED, Map.of("ktp", new IndicatorPlan("ktp", true, "KUANTITAS", new BigDecimal("1200"),
                        Capaian.Polarity.HIGHER_IS_BETTER, Aggregation.SUM, Map.of("2026-02", new BigDecimal("80"),
                                "2026-03", new BigDecimal("100")), CapaianSource.REALISASI_WHERE_PRESENT))));
        apply(byRealisasi);
        apply(report("r1", "ktp", 2, 3, "60"));
        apply(report("r2", "ktp", 3, 3, "50"));
        // February: the daily reports (60 of 80 = 75 %), no realisasi yet; the year their sum, 110 of 1200
        assertThat(indicator(last(report("r3", "ktp", 2, 4, "0"), "2026-02"), "ktp").capaian())
                .isEqualByComparingTo("75.00");
        List<EmployeeScoring.Outcome> realised = apply(new ScoringInput.RealisationInput(E, "ktp", "2026-02",
                new BigDecimal("88"), 1));
        PeriodScore february = realised.stream().map(EmployeeScoring.Outcome::score)
                .filter(x -> x.period().equals("2026-02")).findFirst().orElseThrow();
        assertThat(indicator(february, "ktp").realisation()).as("the realisasi where present")
                .isEqualByComparingTo("88");
        assertThat(indicator(february, "ktp").capaian()).isEqualByComparingTo("110.00");
        PeriodScore year = realised.stream().map(EmployeeScoring.Outcome::score)
                .filter(x -> x.period().equals("2026")).findFirst().orElseThrow();
        // the year adds up its months: February's realisasi 88 and March's daily reports 50
        assertThat(indicator(year, "ktp").realisation()).isEqualByComparingTo("138");
        assertThat(apply(new ScoringInput.RealisationInput(E, "ktp", "2026-02", new BigDecimal("70"), 1)))
                .as("a revision no newer than the one held").isEmpty();
        PeriodScore revised = last(new ScoringInput.RealisationInput(E, "ktp", "2026-02", new BigDecimal("70"), 2),
                "2026-02");
        assertThat(indicator(revised, "ktp").realisation()).isEqualByComparingTo("70");
    }

    @Test
    void withTheRealisasiAsSourceAPeriodWithoutOneHasNoEvidenceWhateverItsDailyReports() {
        scoring = new EmployeeScoring(store, ScoringPolicy.DEFAULT.withCapaianSource(CapaianSource.REALISASI));
        apply(plan());
        PeriodScore february = last(report("r1", "ktp", 2, 3, "80"), "2026-02");
        assertThat(indicator(february, "ktp").capaian()).isEqualByComparingTo("0");
        PeriodScore realised = last(new ScoringInput.RealisationInput(E, "ktp", "2026-02", new BigDecimal("80"), 1),
                "2026-02");
        assertThat(indicator(realised, "ktp").capaian()).isEqualByComparingTo("100.00");
    }

    private static PeriodState rated(String period, Rating hasil, Rating perilaku) {
        return PeriodState.open(period).withWorkflow("PREDICATE_SET", 1, hasil, perilaku, null, false);
    }

    @Test
    void anEmployeeMovedToAnotherUnitLeavesTheOldOne() {
        apply(plan());
        List<EmployeeScoring.Outcome> outcomes = apply(plan(APPROVED.plusSeconds(60), "loket"));
        assertThat(outcomes.get(0).contributions()).extracting(UnitContribution::unitId, UnitContribution::present)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pelayanan", false),
                        org.assertj.core.groups.Tuple.tuple("loket", true));
    }

    @Test
    void ratingsBeforeThePlanAreKeptAndScoredWhenItArrives() {
        assertThat(apply(new PeriodInput(E, "2026-03", "RATED", Rating.ABOVE, Rating.ABOVE, 3))).isEmpty();
        List<EmployeeScoring.Outcome> outcomes = apply(plan());
        assertThat(outcomes).extracting(o -> o.score().period()).containsExactly("2026", "2026-03");
        assertThat(outcomes.get(1).score().predicate()).isEqualTo(Predicate.SANGAT_BAIK);
        assertThat(outcomes.get(1).score().version()).isEqualTo(2);
    }
}
