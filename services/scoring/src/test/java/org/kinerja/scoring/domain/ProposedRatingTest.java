package org.kinerja.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.scoring.domain.Rating.ABOVE;
import static org.kinerja.scoring.domain.Rating.BELOW;
import static org.kinerja.scoring.domain.Rating.MEETS;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinerja.scoring.domain.ProposedRating.IndicatorBand;

class ProposedRatingTest {

    private static IndicatorBand utama(Rating band) {
        return new IndicatorBand(band, true);
    }

    private static IndicatorBand tambahan(Rating band) {
        return new IndicatorBand(band, false);
    }

    @Test
    void mostAboveAndNoUtamaBelowIsAbove() {
        assertThat(ProposedRating.of(List.of(utama(ABOVE), utama(ABOVE), tambahan(BELOW)))).isEqualTo(ABOVE);
    }

    @Test
    void anUtamaBelowPreventsAbove() {
        assertThat(ProposedRating.of(List.of(utama(ABOVE), tambahan(ABOVE), utama(BELOW)))).isEqualTo(MEETS);
    }

    @Test
    void mostBelowIsBelow() {
        assertThat(ProposedRating.of(List.of(utama(BELOW), tambahan(BELOW), utama(ABOVE)))).isEqualTo(BELOW);
    }

    @Test
    void halfIsNotMost() {
        assertThat(ProposedRating.of(List.of(utama(ABOVE), utama(MEETS)))).isEqualTo(MEETS);
        assertThat(ProposedRating.of(List.of(utama(BELOW), utama(MEETS)))).isEqualTo(MEETS);
    }

    @Test
    void noIndicatorsIsBelow() {
        assertThat(ProposedRating.of(List.of())).isEqualTo(BELOW);
    }
}
