package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Capaian (achievement, percent) of one indicator, rule R2: realisation / target × 100 when higher is better,
 * target / realisation × 100 when lower is better; capped; two decimals, half up. A target of 0 is met by any
 * realisation (100). Without any report there is no evidence, and the capaian is 0.
 */
public final class Capaian {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Capaian() {
    }

    public static BigDecimal of(BigDecimal target, BigDecimal realisation, Polarity polarity, boolean anyReport,
            BigDecimal cap) {
        if (!anyReport) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal raw;
        if (target.signum() == 0) {
            raw = polarity == Polarity.HIGHER_IS_BETTER || realisation.signum() > 0 ? HUNDRED : cap;
        } else if (polarity == Polarity.HIGHER_IS_BETTER) {
            raw = realisation.multiply(HUNDRED).divide(target, 6, RoundingMode.HALF_UP);
        } else {
            raw = realisation.signum() == 0 ? cap : target.multiply(HUNDRED).divide(realisation, 6,
                    RoundingMode.HALF_UP);
        }
        return raw.min(cap).setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether more is better (documents issued) or less is better (service time, cost). */
    public enum Polarity {
        HIGHER_IS_BETTER, LOWER_IS_BETTER
    }
}
