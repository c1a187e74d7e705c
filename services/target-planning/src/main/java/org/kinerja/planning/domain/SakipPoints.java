package org.kinerja.planning.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An evaluator's SAKIP points for an agency and year, per component of PermenPANRB 88/2021, each between 0 and its
 * weight (Perencanaan 30, Pengukuran 30, Pelaporan 15, Evaluasi internal 25), with at most two decimals.
 */
public record SakipPoints(BigDecimal perencanaan, BigDecimal pengukuran, BigDecimal pelaporan,
        BigDecimal evaluasiInternal) {

    public static final BigDecimal PERENCANAAN_MAX = new BigDecimal("30");
    public static final BigDecimal PENGUKURAN_MAX = new BigDecimal("30");
    public static final BigDecimal PELAPORAN_MAX = new BigDecimal("15");
    public static final BigDecimal EVALUASI_MAX = new BigDecimal("25");

    /** What is wrong with the points, in words; empty when they are valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        check(problems, "perencanaan", perencanaan, PERENCANAAN_MAX);
        check(problems, "pengukuran", pengukuran, PENGUKURAN_MAX);
        check(problems, "pelaporan", pelaporan, PELAPORAN_MAX);
        check(problems, "evaluasiInternal", evaluasiInternal, EVALUASI_MAX);
        return problems;
    }

    public BigDecimal total() {
        return perencanaan.add(pengukuran).add(pelaporan).add(evaluasiInternal);
    }

    private static void check(List<String> problems, String name, BigDecimal points, BigDecimal max) {
        if (points == null) {
            problems.add(name + " is required");
        } else if (points.signum() < 0 || points.compareTo(max) > 0) {
            problems.add(name + " must be between 0 and " + max.toPlainString() + " (got " + points.toPlainString()
                    + ")");
        } else if (points.stripTrailingZeros().scale() > 2) {
            problems.add(name + " has at most two decimals (got " + points.toPlainString() + ")");
        }
    }
}
