package org.kinerja.scoring.benchmarks;

import java.util.List;

/**
 * The scoring benchmark (a benchmark that prints figures, not a test): per-event cost against history on the real
 * topology, the same work done incrementally and naively, and throughput and latency on the embedded stack.
 * {@code --quick} runs smaller sizes as a smoke check; {@code --all} (the default) the figures of the README.
 */
public final class ScoringBenchmark {

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick") || List.of(args).contains("quick");
        System.out.println("Kinerja scoring benchmark (" + (quick ? "quick" : "full") + "), "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        HistoryCost.run(quick);
        NaiveVersusIncremental.run(quick);
        EndToEnd.run(quick);
        System.exit(0);
    }
}
