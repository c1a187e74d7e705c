package org.kinerja.rewards.domain;

import java.time.LocalDate;

/** Periods as the platform writes them: a year (2026), a month (2026-03) or a quarter (2026-Q1). */
public final class Periods {

    private Periods() {
    }

    public static boolean valid(String period) {
        return period != null && period.matches("\\d{4}(-((0[1-9]|1[0-2])|Q[1-4]))?");
    }

    /** The first day of the period: the day a policy must be in force by to govern it. */
    public static LocalDate start(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) {
            return LocalDate.of(year, 1, 1);
        }
        if (period.charAt(5) == 'Q') {
            return LocalDate.of(year, (period.charAt(6) - '1') * 3 + 1, 1);
        }
        return LocalDate.of(year, Integer.parseInt(period.substring(5, 7)), 1);
    }

    public static boolean isMonth(String period) {
        return period.length() == 7 && period.charAt(5) != 'Q';
    }

    public static boolean isQuarter(String period) {
        return period.length() == 7 && period.charAt(5) == 'Q';
    }

    public static boolean isYear(String period) {
        return period.length() == 4;
    }

    /** The months of a quarter. */
    public static String[] monthsOf(String quarter) {
        int first = (quarter.charAt(6) - '1') * 3 + 1;
        String year = quarter.substring(0, 4);
        return new String[] {String.format("%s-%02d", year, first), String.format("%s-%02d", year, first + 1),
                String.format("%s-%02d", year, first + 2)};
    }
}
