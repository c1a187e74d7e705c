package org.kinerja.contracts;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Evaluation periods as every event and API writes them: a year ({@code 2026}, the annual evaluation), a month
 * ({@code 2026-03}) or a quarter ({@code 2026-Q1}); a region evaluates by month or by quarter besides the year. One
 * place for the format and its arithmetic, so every service reads periods alike.
 */
public final class Periods {

    /** How often a region evaluates besides the year: monthly (TPP is monthly) or quarterly. */
    public enum Cadence { MONTHLY, QUARTERLY }

    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-((0[1-9]|1[0-2])|Q[1-4]))?");

    private Periods() {
    }

    public static boolean valid(String period) {
        return period != null && PERIOD.matcher(period).matches();
    }

    public static boolean isYear(String period) {
        return period.length() == 4;
    }

    public static boolean isQuarter(String period) {
        return period.length() == 7 && period.charAt(5) == 'Q';
    }

    public static boolean isMonth(String period) {
        return period.length() == 7 && !isQuarter(period);
    }

    public static String year(LocalDate day) {
        return String.valueOf(day.getYear());
    }

    public static String month(LocalDate day) {
        return String.format("%d-%02d", day.getYear(), day.getMonthValue());
    }

    /** The month or quarter of a day, by the region's cadence. */
    public static String subPeriod(LocalDate day, Cadence cadence) {
        return cadence == Cadence.MONTHLY ? month(day) : day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    public static int yearOf(String period) {
        return Integer.parseInt(period.substring(0, 4));
    }

    /** How many periods of this kind a year has: 1 for the year, 4 quarters, 12 months. */
    public static int perYear(String period) {
        return isYear(period) ? 1 : isQuarter(period) ? 4 : 12;
    }

    /** The first day of the period. */
    public static LocalDate start(String period) {
        int year = yearOf(period);
        if (isYear(period)) {
            return LocalDate.of(year, 1, 1);
        }
        return LocalDate.of(year, isQuarter(period) ? (period.charAt(6) - '1') * 3 + 1
                : Integer.parseInt(period.substring(5, 7)), 1);
    }

    /** The last day of the period. */
    public static LocalDate end(String period) {
        return start(next(period)).minusDays(1);
    }

    /** The months (MONTHLY) or quarters (QUARTERLY) of a year, in order. */
    public static java.util.List<String> subPeriodsOf(String year, Cadence cadence) {
        java.util.List<String> periods = new java.util.ArrayList<>();
        LocalDate first = start(year);
        int step = cadence == Cadence.QUARTERLY ? 3 : 1;
        for (int month = 0; month < 12; month += step) {
            periods.add(subPeriod(first.plusMonths(month), cadence));
        }
        return periods;
    }

    /** The months of a quarter ({@code 2026-Q2} → 2026-04, 2026-05, 2026-06). */
    public static String[] monthsOf(String quarter) {
        LocalDate first = start(quarter);
        return new String[] {month(first), month(first.plusMonths(1)), month(first.plusMonths(2))};
    }

    /** The period after, of the same kind: the next year, month or quarter. */
    public static String next(String period) {
        return shifted(period, 1);
    }

    /** The period before, of the same kind: the previous year, month or quarter. */
    public static String previous(String period) {
        return shifted(period, -1);
    }

    private static String shifted(String period, int step) {
        LocalDate start = start(period);
        if (isYear(period)) {
            return year(start.plusYears(step));
        }
        return isQuarter(period) ? subPeriod(start.plusMonths(3L * step), Cadence.QUARTERLY)
                : month(start.plusMonths(step));
    }
}
