package org.kinerja.benchmarks;

import java.util.Arrays;

/** Percentiles and means of a set of measured durations, in microseconds or milliseconds as the caller records. */
final class Stats {

    private final double[] values;

    Stats(double[] values) {
        this.values = values.clone();
        Arrays.sort(this.values);
    }

    double mean() {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    double percentile(double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * values.length) - 1;
        return values[Math.max(0, Math.min(values.length - 1, index))];
    }

    double max() {
        return values.length == 0 ? Double.NaN : values[values.length - 1];
    }

    int count() {
        return values.length;
    }
}
