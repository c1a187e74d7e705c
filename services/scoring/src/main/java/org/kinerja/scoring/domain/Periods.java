package org.kinerja.scoring.domain;

import java.time.LocalDate;

/**
 * Evaluation periods: the year ({@code 2026}, the annual evaluation) and, by the region's cadence, the month
 * ({@code 2026-03}) or the quarter ({@code 2026-Q1}). Every report counts toward its year and its month or quarter.
 */
public final class Periods {

    /** How often a region evaluates besides the year: monthly (TPP is monthly) or quarterly. */
    public enum Cadence { MONTHLY, QUARTERLY }

    private Periods() {
    }

    public static String year(LocalDate day) {
        return String.valueOf(day.getYear());
    }

    public static String subPeriod(LocalDate day, Cadence cadence) {
        return cadence == Cadence.MONTHLY ? String.format("%d-%02d", day.getYear(), day.getMonthValue())
                : day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    public static int yearOf(String period) {
        return Integer.parseInt(period.substring(0, 4));
    }

    public static boolean isAnnual(String period) {
        return period.length() == 4;
    }

    public static boolean isQuarter(String period) {
        return period.length() == 7 && period.charAt(5) == 'Q';
    }

    /** How many periods of this kind a year has: 1 for the year, 4 quarters, 12 months. */
    public static int perYear(String period) {
        return isAnnual(period) ? 1 : isQuarter(period) ? 4 : 12;
    }

    /** The months of a quarter ({@code 2026-Q2} → 2026-04, 2026-05, 2026-06). */
    public static String[] monthsOf(String quarter) {
        int first = (quarter.charAt(6) - '1') * 3 + 1;
        String year = quarter.substring(0, 4);
        return new String[] {String.format("%s-%02d", year, first), String.format("%s-%02d", year, first + 1),
                String.format("%s-%02d", year, first + 2)};
    }
}
