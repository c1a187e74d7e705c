package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The legacy numeric score of PP 30/2019 (rule R4), for regions whose allowance rules still use numbers:
 * score = SKP × w1 + Perilaku × w2, with (60 %, 40 %) when behaviour was assessed with peer or subordinate input, else
 * (70 %, 30 %). Bands: SANGAT_BAIK from 110 to 120 with an innovation recorded; BAIK 90 ≤ x ≤ 120; CUKUP 70 ≤ x < 90;
 * KURANG 50 ≤ x < 70; SANGAT_KURANG below 50.
 */
public record LegacyScore(BigDecimal value, Band band) {

    public enum Band { SANGAT_BAIK, BAIK, CUKUP, KURANG, SANGAT_KURANG }

    private static final BigDecimal W1_WITH_INPUT = new BigDecimal("0.60");
    private static final BigDecimal W2_WITH_INPUT = new BigDecimal("0.40");
    private static final BigDecimal W1 = new BigDecimal("0.70");
    private static final BigDecimal W2 = new BigDecimal("0.30");

    public static LegacyScore of(BigDecimal skp, BigDecimal perilaku, boolean peerOrSubordinateInput,
            boolean innovationRecorded) {
        BigDecimal value = peerOrSubordinateInput
                ? skp.multiply(W1_WITH_INPUT).add(perilaku.multiply(W2_WITH_INPUT))
                : skp.multiply(W1).add(perilaku.multiply(W2));
        value = value.setScale(2, RoundingMode.HALF_UP);
        return new LegacyScore(value, band(value, innovationRecorded));
    }

    static Band band(BigDecimal value, boolean innovationRecorded) {
        if (innovationRecorded && value.compareTo(new BigDecimal("110")) >= 0
                && value.compareTo(new BigDecimal("120")) <= 0) {
            return Band.SANGAT_BAIK;
        }
        if (value.compareTo(new BigDecimal("90")) >= 0) {
            return Band.BAIK;
        }
        if (value.compareTo(new BigDecimal("70")) >= 0) {
            return Band.CUKUP;
        }
        return value.compareTo(new BigDecimal("50")) >= 0 ? Band.KURANG : Band.SANGAT_KURANG;
    }
}
