package org.kinerja.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PenilaiResolutionTest {

    @Test
    void staffAreAssessedByTheHeadOfTheirUnit() {
        assertThat(PenilaiResolution.resolve("staff", false, Optional.empty(), Optional.of("head"),
                Optional.of("parentHead"))).contains("head");
    }

    @Test
    void aUnitHeadIsAssessedByTheHeadOfTheParentUnit() {
        assertThat(PenilaiResolution.resolve("head", true, Optional.empty(), Optional.of("head"),
                Optional.of("parentHead"))).contains("parentHead");
    }

    @Test
    void anExplicitOverrideWins() {
        assertThat(PenilaiResolution.resolve("staff", false, Optional.of("other"), Optional.of("head"),
                Optional.empty())).contains("other");
    }

    @Test
    void noHeadYetMeansNoPenilai() {
        assertThat(PenilaiResolution.resolve("staff", false, Optional.empty(), Optional.empty(), Optional.empty()))
                .isEmpty();
        assertThat(PenilaiResolution.resolve("opdHead", true, Optional.empty(), Optional.of("opdHead"),
                Optional.empty())).isEmpty();
    }

    @Test
    void nobodyAssessesThemselves() {
        assertThat(PenilaiResolution.resolve("x", false, Optional.empty(), Optional.of("x"), Optional.empty()))
                .isEmpty();
    }
}
