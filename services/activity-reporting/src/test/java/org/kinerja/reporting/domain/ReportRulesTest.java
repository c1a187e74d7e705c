package org.kinerja.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kinerja.reporting.domain.ReportRules.ApprovedIndicator;
import org.kinerja.reporting.domain.ReportRules.Claim;
import org.kinerja.reporting.domain.ReportRules.KnownEmployee;

class ReportRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Optional<KnownEmployee> EMPLOYEE = Optional.of(KnownEmployee.active("e1", "dukcapil"));
    private static final Optional<ApprovedIndicator> INDICATOR = Optional.of(new ApprovedIndicator("i1", "e1", 2026, "p1"));
    private static final Claim CLAIM = new Claim("e1", "dukcapil", "i1", LocalDate.of(2026, 2, 3));

    private static Optional<ReportRefusal.Kind> check(Claim claim, Submitter submitter,
            Optional<KnownEmployee> employee, Optional<ApprovedIndicator> indicator) {
        return ReportRules.check(claim, submitter, employee, indicator, TODAY).map(ReportRefusal::kind);
    }

    @Test
    void theEmployeeOrTheirAgencyMayReport() {
        assertThat(check(CLAIM, new Submitter("e1", null, false), EMPLOYEE, INDICATOR)).isEmpty();
        assertThat(check(CLAIM, Submitter.agency("dukcapil"), EMPLOYEE, INDICATOR)).isEmpty();
        assertThat(check(CLAIM, new Submitter(null, null, true), EMPLOYEE, INDICATOR)).isEmpty();
    }

    @Test
    void refusals() {
        assertThat(check(CLAIM, Submitter.agency("dukcapil"), Optional.empty(), INDICATOR))
                .contains(ReportRefusal.Kind.UNKNOWN_EMPLOYEE);
        assertThat(check(CLAIM, Submitter.agency("dishub"), EMPLOYEE, INDICATOR))
                .contains(ReportRefusal.Kind.OTHER_AGENCY);
        assertThat(check(CLAIM, new Submitter("e2", "dukcapil-typo", false), EMPLOYEE, INDICATOR))
                .contains(ReportRefusal.Kind.OTHER_AGENCY);
        assertThat(check(new Claim("e1", "dishub", "i1", CLAIM.activityDate()), Submitter.agency("dukcapil"),
                EMPLOYEE, INDICATOR)).contains(ReportRefusal.Kind.AGENCY_MISMATCH);
        assertThat(check(CLAIM, Submitter.agency("dukcapil"), EMPLOYEE, Optional.empty()))
                .contains(ReportRefusal.Kind.INDICATOR_NOT_APPROVED);
        assertThat(check(CLAIM, Submitter.agency("dukcapil"), EMPLOYEE,
                Optional.of(new ApprovedIndicator("i1", "someone-else", 2026, "p9"))))
                .contains(ReportRefusal.Kind.INDICATOR_NOT_APPROVED);
        assertThat(check(new Claim("e1", "dukcapil", "i1", LocalDate.of(2025, 12, 31)), Submitter.agency("dukcapil"),
                EMPLOYEE, INDICATOR)).contains(ReportRefusal.Kind.DATE_OUTSIDE_PLAN);
        assertThat(check(new Claim("e1", "dukcapil", "i1", LocalDate.of(2026, 11, 30)), Submitter.agency("dukcapil"),
                EMPLOYEE, INDICATOR)).contains(ReportRefusal.Kind.DATE_IN_FUTURE);
    }

    @Test
    void aDeactivatedEmployeeReportsOnlyForDaysBeforeTheDeactivation() {
        Optional<KnownEmployee> leaving = Optional.of(new KnownEmployee("e1", "dukcapil", "u1", "p1", null,
                LocalDate.of(2026, 2, 3), 4));
        assertThat(check(CLAIM, Submitter.agency("dukcapil"), leaving, INDICATOR))
                .contains(ReportRefusal.Kind.EMPLOYEE_INACTIVE);
        assertThat(check(new Claim("e1", "dukcapil", "i1", LocalDate.of(2026, 2, 2)), Submitter.agency("dukcapil"),
                leaving, INDICATOR)).isEmpty();
    }

    @Test
    void aShortfallNeedsAnExplanationAndACostIndicatorItsBudget() {
        ApprovedIndicator documents = new ApprovedIndicator("i1", "e1", 2026, "p1", "KUANTITAS", "HIGHER_IS_BETTER",
                java.util.Map.of("2026-02", new java.math.BigDecimal("100")), null);
        assertThat(ReportRules.checkRealisation(documents, "2026-02", new java.math.BigDecimal("92"), null, null))
                .map(ReportRefusal::kind).contains(ReportRefusal.Kind.EXPLANATION_REQUIRED);
        assertThat(ReportRules.checkRealisation(documents, "2026-02", new java.math.BigDecimal("92"), null,
                "Blangko habis")).isEmpty();
        assertThat(ReportRules.checkRealisation(documents, "2026-03", java.math.BigDecimal.ONE, null, null)).isEmpty();
        ApprovedIndicator days = new ApprovedIndicator("i2", "e1", 2026, "p1", "WAKTU", "LOWER_IS_BETTER",
                java.util.Map.of("2026-Q1", new java.math.BigDecimal("3")), null);
        assertThat(ReportRules.checkRealisation(days, "2026-Q1", new java.math.BigDecimal("4"), null, null))
                .map(ReportRefusal::kind).contains(ReportRefusal.Kind.EXPLANATION_REQUIRED);
        assertThat(ReportRules.checkRealisation(days, "2026-Q1", new java.math.BigDecimal("2"), null, null)).isEmpty();
        ApprovedIndicator cost = new ApprovedIndicator("i3", "e1", 2026, "p1", "BIAYA", "LOWER_IS_BETTER",
                java.util.Map.of(), null);
        assertThat(ReportRules.checkRealisation(cost, "2026-02", java.math.BigDecimal.TEN, null, null))
                .map(ReportRefusal::kind).contains(ReportRefusal.Kind.BUDGET_REQUIRED);
    }

    @Test
    void evidenceIsRequiredWhereThePlanOrTheRegionSays() {
        ApprovedIndicator plain = new ApprovedIndicator("i1", "e1", 2026, "p1");
        ApprovedIndicator withEvidence = new ApprovedIndicator("i2", "e1", 2026, "p1", "KUALITAS",
                "HIGHER_IS_BETTER", java.util.Map.of(), true);
        assertThat(ReportRules.checkEvidence(plain, EvidencePolicy.NONE, true, null)).isEmpty();
        assertThat(ReportRules.checkEvidence(withEvidence, EvidencePolicy.NONE, false, " "))
                .map(ReportRefusal::kind).contains(ReportRefusal.Kind.EVIDENCE_REQUIRED);
        assertThat(ReportRules.checkEvidence(withEvidence, EvidencePolicy.NONE, false, "https://drive.example/x"))
                .isEmpty();
        assertThat(ReportRules.checkEvidence(plain, EvidencePolicy.REALISATIONS, true, null)).isPresent();
        assertThat(ReportRules.checkEvidence(plain, EvidencePolicy.REALISATIONS, false, null)).as("a daily report")
                .isEmpty();
        assertThat(ReportRules.checkEvidence(plain, EvidencePolicy.ALL, false, null)).isPresent();
    }

    @Test
    void onlyMissingProjectionsMayBeLate() {
        assertThat(ReportRefusal.Kind.UNKNOWN_EMPLOYEE.mayBeLate()).isTrue();
        assertThat(ReportRefusal.Kind.INDICATOR_NOT_APPROVED.mayBeLate()).isTrue();
        assertThat(ReportRefusal.Kind.OTHER_AGENCY.mayBeLate()).isFalse();
    }
}
