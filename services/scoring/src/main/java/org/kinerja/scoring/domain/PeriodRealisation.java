package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator's realisation of a period as its capaian source says, and whether there is any evidence of it. A month
 * or quarter takes its realisasi (REALISASI), or its realisasi where one was reported and else its daily reports
 * (REALISASI_WHERE_PRESENT). The year combines its months' or quarters' figures by the indicator's aggregation (a sum
 * adds them, LATEST takes the last period with a figure, AVERAGE, MIN and MAX over the periods with one); where the
 * realisasi is only used where present and none was reported in the year, the year is its daily reports as before.
 */
public record PeriodRealisation(BigDecimal value, boolean evidenced) {

    /** A sub-period's figure: its realisasi (null when none), its daily reports' tally. */
    public static PeriodRealisation ofPeriod(CapaianSource source, Aggregation aggregation, BigDecimal realisasi,
            Tally daily) {
        return switch (source) {
            case DAILY_REPORTS -> daily(aggregation, daily);
            case REALISASI -> realisasi == null ? new PeriodRealisation(BigDecimal.ZERO, false)
                    : new PeriodRealisation(realisasi, true);
            case REALISASI_WHERE_PRESENT -> realisasi != null ? new PeriodRealisation(realisasi, true)
                    : daily(aggregation, daily);
        };
    }

    /**
     * The year's figure from its sub-periods in order ({@code periods}, each as {@link #ofPeriod}), or from its own
     * daily tally where the source is the daily reports, or the realisasi where present and none was reported.
     */
    public static PeriodRealisation ofYear(CapaianSource source, Aggregation aggregation, Tally yearDaily,
            List<PeriodRealisation> periods, boolean anyRealisasi) {
        if (source == CapaianSource.DAILY_REPORTS
                || (source == CapaianSource.REALISASI_WHERE_PRESENT && !anyRealisasi)) {
            return daily(aggregation, yearDaily);
        }
        List<BigDecimal> values = new ArrayList<>();
        periods.stream().filter(PeriodRealisation::evidenced).forEach(p -> values.add(p.value()));
        if (values.isEmpty()) {
            return new PeriodRealisation(BigDecimal.ZERO, false);
        }
        BigDecimal combined = switch (aggregation) {
            case SUM -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case LATEST -> values.get(values.size() - 1);
            case AVERAGE -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_UP);
            case MIN -> values.stream().min(BigDecimal::compareTo).orElseThrow();
            case MAX -> values.stream().max(BigDecimal::compareTo).orElseThrow();
        };
        return new PeriodRealisation(combined, true);
    }

    private static PeriodRealisation daily(Aggregation aggregation, Tally tally) {
        return new PeriodRealisation(tally.realisation(aggregation), tally.count() > 0);
    }
}
