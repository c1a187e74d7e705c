package org.kinerja.scoring.domain;

import java.util.List;

/**
 * The Hasil Kerja rating the platform proposes from the evidence, rule R2: ABOVE only if most indicators are ABOVE and
 * no UTAMA indicator is BELOW; BELOW if most are BELOW; otherwise MEETS. "Most" means more than half.
 */
public final class ProposedRating {

    private ProposedRating() {
    }

    /** One indicator's band and whether it belongs to an UTAMA (main) RHK. */
    public record IndicatorBand(Rating band, boolean utama) {
    }

    public static Rating of(List<IndicatorBand> bands) {
        if (bands.isEmpty()) {
            return Rating.BELOW;
        }
        long above = bands.stream().filter(b -> b.band() == Rating.ABOVE).count();
        long below = bands.stream().filter(b -> b.band() == Rating.BELOW).count();
        boolean utamaBelow = bands.stream().anyMatch(b -> b.utama() && b.band() == Rating.BELOW);
        if (above * 2 > bands.size() && !utamaBelow) {
            return Rating.ABOVE;
        }
        if (below * 2 > bands.size()) {
            return Rating.BELOW;
        }
        return Rating.MEETS;
    }
}
