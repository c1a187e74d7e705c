package org.kinerja.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SkpTest {

    private static Skp plan(SkpStatus status) {
        Indicator indicator = new Indicator("i1", "KTP-el diterbitkan", PlanEnums.Aspect.KUANTITAS,
                new BigDecimal("1200"), "dokumen", PlanEnums.Polarity.HIGHER_IS_BETTER, PlanEnums.Aggregation.SUM);
        return new Skp("p", "e", "r", "a", "u", "penilai", 2026, PlanEnums.Approach.KUANTITATIF, status, null,
                List.of(new Rhk("r1", PlanEnums.RhkKind.UTAMA, "Layanan", List.of(indicator))), 3);
    }

    @Test
    void draftIsSubmittedThenApproved() {
        Skp approved = plan(SkpStatus.DRAFT).submit().approve();
        assertThat(approved.status()).isEqualTo(SkpStatus.APPROVED);
        assertThat(approved.version()).isEqualTo(5);
    }

    @Test
    void rejectionNeedsANoteAndLeadsBackToSubmission() {
        Skp submitted = plan(SkpStatus.DRAFT).submit();
        assertThatThrownBy(() -> submitted.reject("  ")).isInstanceOf(PlanRuleViolation.class)
                .hasMessageContaining("note");
        Skp rejected = submitted.reject("Target terlalu rendah");
        assertThat(rejected.status()).isEqualTo(SkpStatus.REJECTED);
        assertThat(rejected.rejectionNote()).isEqualTo("Target terlalu rendah");
        assertThat(rejected.submit().status()).isEqualTo(SkpStatus.SUBMITTED);
    }

    @Test
    void aRevisionAwaitsADecisionLikeASubmission() {
        assertThat(plan(SkpStatus.REVISION_SUBMITTED).approve().status()).isEqualTo(SkpStatus.APPROVED);
        assertThat(plan(SkpStatus.REVISION_SUBMITTED).reject("no").status()).isEqualTo(SkpStatus.REJECTED);
    }

    @ParameterizedTest
    @EnumSource(value = SkpStatus.class, names = {"SUBMITTED", "APPROVED", "REVISION_SUBMITTED"})
    void onlyDraftOrRejectedCanBeSubmitted(SkpStatus status) {
        assertThatThrownBy(() -> plan(status).submit()).isInstanceOf(PlanRuleViolation.class);
    }

    @ParameterizedTest
    @EnumSource(value = SkpStatus.class, names = {"DRAFT", "APPROVED", "REJECTED"})
    void onlyAPlanAwaitingADecisionCanBeDecided(SkpStatus status) {
        assertThatThrownBy(() -> plan(status).approve()).isInstanceOf(PlanRuleViolation.class);
        assertThatThrownBy(() -> plan(status).reject("x")).isInstanceOf(PlanRuleViolation.class);
    }
}
