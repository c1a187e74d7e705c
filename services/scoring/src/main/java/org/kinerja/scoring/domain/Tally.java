package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * The running figures of one indicator in one period: enough to answer every {@link Aggregation} in constant time,
 * so adding a report costs the same whether the period already holds ten reports or a hundred thousand.
 */
public record Tally(long count, BigDecimal sum, BigDecimal min, BigDecimal max, BigDecimal latest,
        LocalDate latestDate, Instant latestReportedAt, String latestReportId) {

    public static final Tally EMPTY = new Tally(0, BigDecimal.ZERO, null, null, null, null, null, null);

    private static final Comparator<Tally> RECENCY = Comparator.comparing(Tally::latestDate)
            .thenComparing(Tally::latestReportedAt).thenComparing(Tally::latestReportId);

    public Tally add(BigDecimal quantity, LocalDate date, Instant reportedAt, String reportId) {
        Tally candidate = new Tally(0, null, null, null, quantity, date, reportedAt, reportId);
        boolean newer = latestDate == null || RECENCY.compare(candidate, this) > 0;
        return new Tally(count + 1, sum.add(quantity),
                min == null ? quantity : min.min(quantity),
                max == null ? quantity : max.max(quantity),
                newer ? quantity : latest, newer ? date : latestDate, newer ? reportedAt : latestReportedAt,
                newer ? reportId : latestReportId);
    }

    /**
     * The tally without one report's contribution, kept running when it can be: empty when the report was the
     * minimum, the maximum or the latest, whose successor only a rescan of the period's reports can tell.
     */
    public Optional<Tally> without(BigDecimal quantity, String reportId) {
        if (count <= 1) {
            return Optional.of(EMPTY);
        }
        if (quantity.compareTo(min) == 0 || quantity.compareTo(max) == 0 || reportId.equals(latestReportId)) {
            return Optional.empty();
        }
        return Optional.of(new Tally(count - 1, sum.subtract(quantity), min, max, latest, latestDate,
                latestReportedAt, latestReportId));
    }

    public BigDecimal realisation(Aggregation aggregation) {
        if (count == 0) {
            return BigDecimal.ZERO;
        }
        return Decimals.normal(switch (aggregation) {
            case SUM -> sum;
            case AVERAGE -> sum.divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_UP);
            case MIN -> min;
            case MAX -> max;
            case LATEST -> latest;
        });
    }
}
