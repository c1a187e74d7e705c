package org.kinerja.scoring.domain;

import java.math.BigDecimal;

/**
 * The configurable numbers of rule R2: the cap on an indicator's capaian and the bands that make it ABOVE, MEETS or
 * BELOW expectation. Defaults: cap 120, ABOVE from 110, MEETS from 90.
 */
public record ScoringPolicy(BigDecimal capaianCap, BigDecimal aboveFrom, BigDecimal meetsFrom) {

    public static final ScoringPolicy DEFAULT = new ScoringPolicy(new BigDecimal("120"), new BigDecimal("110"),
            new BigDecimal("90"));

    public Rating band(BigDecimal capaian) {
        if (capaian.compareTo(aboveFrom) >= 0) {
            return Rating.ABOVE;
        }
        return capaian.compareTo(meetsFrom) >= 0 ? Rating.MEETS : Rating.BELOW;
    }
}
