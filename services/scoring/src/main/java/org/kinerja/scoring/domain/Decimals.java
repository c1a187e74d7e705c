package org.kinerja.scoring.domain;

import java.math.BigDecimal;

/** One written form per number, so the same figure reached by different paths (a rescan, a running sum) reads alike. */
public final class Decimals {

    private Decimals() {
    }

    /** Without trailing zeros and never in exponent form: 2.00 → 2, 1E+2 → 100, 12.50 → 12.5. */
    public static BigDecimal normal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
