package org.kinerja.reporting.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.kinerja.contracts.Periods;

/**
 * When a period can be evaluated: never before it starts, and in the period itself only from the day the region's
 * rating window opens, {@code daysBeforeEnd} days before its last day (the last day counting as one). A past period
 * stays open to self-assessment and rating until its evaluation is finalised. The region sets the windows
 * (KINERJA_RATING_WINDOW_DAYS for months and quarters, KINERJA_ANNUAL_RATING_WINDOW_DAYS for the year).
 */
public record EvaluationWindow(int periodicDaysBeforeEnd, int annualDaysBeforeEnd) {

    public EvaluationWindow {
        if (periodicDaysBeforeEnd < 1 || annualDaysBeforeEnd < 1) {
            throw new IllegalArgumentException("a rating window is at least the period's last day");
        }
    }

    /** The default: the last 5 days of a month or quarter, December for the year. */
    public static EvaluationWindow defaults() {
        return new EvaluationWindow(5, 31);
    }

    /** The first day a self-assessment or rating of the period is accepted. */
    public LocalDate opens(String period) {
        int days = Periods.isYear(period) ? annualDaysBeforeEnd : periodicDaysBeforeEnd;
        LocalDate start = Periods.start(period);
        LocalDate opens = Periods.end(period).minusDays(days - 1L);
        return opens.isBefore(start) ? start : opens;
    }

    /** Why the period cannot be self-assessed or rated on {@code today}; empty when it can. */
    public Optional<PeriodRuleViolation> refusal(String period, LocalDate today) {
        if (Periods.start(period).isAfter(today)) {
            return Optional.of(new PeriodRuleViolation("period-in-future", "Period " + period + " has not started "
                    + "yet; it can be self-assessed and rated from " + opens(period) + "."));
        }
        if (today.isBefore(opens(period))) {
            return Optional.of(new PeriodRuleViolation("rating-window-not-open", "Period " + period + " is still "
                    + "in progress: its evaluation opens on " + opens(period) + " (the region's rating window)."));
        }
        return Optional.empty();
    }
}
