package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.util.Map;

import org.kinerja.contracts.Periods;

/**
 * The configurable numbers of scoring, per region: the cap on an indicator's capaian and the bands that make it ABOVE,
 * MEETS or BELOW expectation (rule R2; defaults cap 120, ABOVE from 110, MEETS from 90); the evaluation cadence
 * besides the year; whether the region still uses the legacy numeric score (rule R4) and the number each behaviour
 * rating stands for in it (the penilai may give the value itself); when a unit is flagged as performing badly; and
 * how the annual evaluation is proposed from the year's periods.
 */
public record ScoringPolicy(BigDecimal capaianCap, BigDecimal aboveFrom, BigDecimal meetsFrom, Periods.Cadence cadence,
        boolean legacyScore, Map<Rating, BigDecimal> perilakuValues, UnitFlagPolicy unitFlag,
        AnnualProposal.Rule annualRule, CapaianSource capaianSource) {

    /** Behaviour ratings as numbers for the legacy score: below expectation 70, meets 90, above 110. */
    public static final Map<Rating, BigDecimal> DEFAULT_PERILAKU_VALUES = Map.of(Rating.BELOW, new BigDecimal("70"),
            Rating.MEETS, new BigDecimal("90"), Rating.ABOVE, new BigDecimal("110"));

    public static final ScoringPolicy DEFAULT = new ScoringPolicy(new BigDecimal("120"), new BigDecimal("110"),
            new BigDecimal("90"), Periods.Cadence.MONTHLY, false, DEFAULT_PERILAKU_VALUES, UnitFlagPolicy.DEFAULT,
            AnnualProposal.Rule.LAST_PERIOD, CapaianSource.DAILY_REPORTS);

    public ScoringPolicy {
        perilakuValues = Map.copyOf(perilakuValues);
    }

    public Rating band(BigDecimal capaian) {
        if (capaian.compareTo(aboveFrom) >= 0) {
            return Rating.ABOVE;
        }
        return capaian.compareTo(meetsFrom) >= 0 ? Rating.MEETS : Rating.BELOW;
    }

    public ScoringPolicy withCadence(Periods.Cadence newCadence) {
        return new ScoringPolicy(capaianCap, aboveFrom, meetsFrom, newCadence, legacyScore, perilakuValues, unitFlag,
                annualRule, capaianSource);
    }

    public ScoringPolicy withLegacyScore(boolean used) {
        return new ScoringPolicy(capaianCap, aboveFrom, meetsFrom, cadence, used, perilakuValues, unitFlag, annualRule,
                capaianSource);
    }

    public ScoringPolicy withUnitFlag(UnitFlagPolicy newUnitFlag) {
        return new ScoringPolicy(capaianCap, aboveFrom, meetsFrom, cadence, legacyScore, perilakuValues, newUnitFlag,
                annualRule, capaianSource);
    }

    public ScoringPolicy withAnnualRule(AnnualProposal.Rule rule) {
        return new ScoringPolicy(capaianCap, aboveFrom, meetsFrom, cadence, legacyScore, perilakuValues, unitFlag,
                rule, capaianSource);
    }

    /** The region's default source of an indicator's realisation (an indicator's plan may name its own). */
    public ScoringPolicy withCapaianSource(CapaianSource source) {
        return new ScoringPolicy(capaianCap, aboveFrom, meetsFrom, cadence, legacyScore, perilakuValues, unitFlag,
                annualRule, source);
    }
}
