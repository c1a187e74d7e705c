package org.kinerja.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SkpTest {

    private static List<Rhk> content(String indicatorId, String target) {
        Indicator indicator = new Indicator(indicatorId, "KTP-el diterbitkan", PlanEnums.Aspect.KUANTITAS,
                new BigDecimal(target), "dokumen", PlanEnums.Polarity.HIGHER_IS_BETTER, PlanEnums.Aggregation.SUM,
                List.of());
        return List.of(new Rhk("r1", PlanEnums.RhkKind.UTAMA, null, "Layanan", List.of(indicator)));
    }

    private static Skp draft() {
        return Skp.draft("p", "e", "r", "a", "u", "penilai", 2026, PlanEnums.Approach.KUANTITATIF,
                content("i1", "1200"));
    }

    private static Skp in(SkpStatus status) {
        Skp plan = draft();
        return new Skp(plan.planId(), plan.employeeId(), plan.regionId(), plan.agencyId(), plan.unitId(),
                plan.penilaiId(), plan.year(), plan.approach(), status, null, plan.rhk(), null,
                status == SkpStatus.APPROVED, 3);
    }

    @Test
    void draftIsSubmittedThenApproved() {
        Skp approved = draft().submit().approve();
        assertThat(approved.status()).isEqualTo(SkpStatus.APPROVED);
        assertThat(approved.approvedVersionInForce()).isTrue();
        assertThat(approved.version()).isEqualTo(3);
    }

    @Test
    void aRejectionNeedsANoteAndAnEditMakesADraftAgain() {
        Skp submitted = draft().submit();
        assertThatThrownBy(() -> submitted.reject("  ")).isInstanceOf(PlanRuleViolation.class)
                .hasMessageContaining("note");
        Skp rejected = submitted.reject("Target terlalu rendah");
        assertThat(rejected.rejectionNote()).isEqualTo("Target terlalu rendah");
        assertThatThrownBy(rejected::submit).isInstanceOf(PlanRuleViolation.class);
        Skp edited = rejected.edit(content("i1", "1500"));
        assertThat(edited.status()).isEqualTo(SkpStatus.DRAFT);
        assertThat(edited.rejectionNote()).isNull();
        assertThat(edited.submit().approve().rhk().get(0).indicators().get(0).target())
                .isEqualByComparingTo("1500");
    }

    @Test
    void theApprovedVersionStaysInForceUntilARevisionIsApproved() {
        Skp approved = draft().submit().approve();
        Skp revising = approved.submitRevision(content("i1", "1400"));
        assertThat(revising.status()).isEqualTo(SkpStatus.REVISION_SUBMITTED);
        assertThat(revising.rhk().get(0).indicators().get(0).target()).isEqualByComparingTo("1200");
        Skp rejected = revising.reject("Belum sesuai");
        assertThat(rejected.rhk().get(0).indicators().get(0).target()).isEqualByComparingTo("1200");
        assertThat(rejected.approvedVersionInForce()).isTrue();
        Skp resubmitted = rejected.edit(content("i1", "1300")).submit();
        assertThat(resubmitted.status()).isEqualTo(SkpStatus.REVISION_SUBMITTED);
        Skp revised = resubmitted.approve();
        assertThat(revised.rhk().get(0).indicators().get(0).target()).isEqualByComparingTo("1300");
        assertThat(revised.proposal()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = SkpStatus.class, names = {"SUBMITTED", "APPROVED", "REVISION_SUBMITTED", "REJECTED"})
    void onlyADraftCanBeSubmitted(SkpStatus status) {
        assertThatThrownBy(() -> in(status).submit()).isInstanceOf(PlanRuleViolation.class);
    }

    @ParameterizedTest
    @EnumSource(value = SkpStatus.class, names = {"DRAFT", "APPROVED", "REJECTED"})
    void onlyAPlanAwaitingADecisionCanBeDecided(SkpStatus status) {
        assertThatThrownBy(() -> in(status).approve()).isInstanceOf(PlanRuleViolation.class);
        assertThatThrownBy(() -> in(status).reject("x")).isInstanceOf(PlanRuleViolation.class);
    }

    @ParameterizedTest
    @EnumSource(value = SkpStatus.class, names = {"DRAFT", "SUBMITTED", "REVISION_SUBMITTED", "REJECTED"})
    void onlyAnApprovedPlanCanBeRevised(SkpStatus status) {
        assertThatThrownBy(() -> in(status).submitRevision(content("i1", "1"))).isInstanceOf(PlanRuleViolation.class);
    }

    @ParameterizedTest
    @EnumSource(value = SkpStatus.class, names = {"SUBMITTED", "APPROVED", "REVISION_SUBMITTED"})
    void onlyADraftOrARejectedPlanCanBeEdited(SkpStatus status) {
        assertThatThrownBy(() -> in(status).edit(content("i1", "1"))).isInstanceOf(PlanRuleViolation.class);
    }
}
