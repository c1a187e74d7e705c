package org.kinerja.platform.test;

import java.util.Arrays;

/**
 * Percentiles and means of a set of measured durations, in microseconds or milliseconds as the caller records: what
 * the benchmarks beside each service and the platform's print.
 */
public final class Stats {

    private final double[] values;

    public Stats(double[] values) {
        this.values = values.clone();
        Arrays.sort(this.values);
    }

    public double mean() {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    public double percentile(double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * values.length) - 1;
        return values[Math.max(0, Math.min(values.length - 1, index))];
    }

    public double max() {
        return values.length == 0 ? Double.NaN : values[values.length - 1];
    }

    public int count() {
        return values.length;
    }
}
