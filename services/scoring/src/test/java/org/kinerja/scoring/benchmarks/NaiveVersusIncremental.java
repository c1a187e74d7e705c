package org.kinerja.scoring.benchmarks;

import org.kinerja.platform.test.Stats;
import org.kinerja.scoring.domain.EmployeeScoring;
import org.kinerja.scoring.domain.InMemoryScoringStore;
import org.kinerja.scoring.domain.ScoringInput;
import org.kinerja.scoring.domain.ScoringPolicy;

/**
 * The same per-event work (a new report re-scores its month and its year), done by the incremental domain code and the
 * naive recomputation, on the same in-memory store (the fairest ground for the naive way: no disk, no JSON).
 */
final class NaiveVersusIncremental {

    private static final String EMPLOYEE = Workload.employee(9_999);

    private NaiveVersusIncremental() {
    }

    static void run(boolean quick) {
        int[] histories = quick ? new int[] {10, 1_000, 10_000} : new int[] {10, 1_000, 10_000, 100_000};
        System.out.println();
        System.out.println("== Incremental versus naive recomputation (domain code, in-memory store) ==");
        incremental(20_000, 5_000);
        naive(5_000, 200);
        for (int history : histories) {
            Stats incremental = incremental(history, 5_000);
            Stats naive = naive(history, Math.max(50, Math.min(2_000, 5_000_000 / history)));
            System.out.printf("history %,9d reports: incremental %8.2f µs, naive %12.2f µs per new report, "
                    + "naive / incremental = %,10.0f×%n", history, incremental.mean(), naive.mean(),
                    naive.mean() / incremental.mean());
        }
        System.out.println("(a year of a busy field employee: 100,000 reports; of a typical employee: ~1,000)");
    }

    /** As in {@link HistoryCost}: each measured report meets a history of {@code history} reports, give or take 2 %. */
    private static Stats incremental(int history, int measured) {
        EmployeeScoring scoring = new EmployeeScoring(new InMemoryScoringStore(), ScoringPolicy.DEFAULT);
        Workload workload = new Workload();
        int perEmployee = Math.max(1, history / 50);
        int employees = Math.max(1, measured / perEmployee);
        for (int e = 0; e < employees; e++) {
            String employee = Workload.employee(e);
            scoring.apply(Workload.planInput(employee));
            for (int i = 0; i < history; i++) {
                scoring.apply(Workload.reportInput(workload.report(employee)));
            }
        }
        double[] micros = new double[employees * perEmployee];
        int n = 0;
        for (int e = 0; e < employees; e++) {
            for (int i = 0; i < perEmployee; i++) {
                ScoringInput input = Workload.reportInput(workload.report(Workload.employee(e)));
                long start = System.nanoTime();
                scoring.apply(input);
                micros[n++] = (System.nanoTime() - start) / 1_000.0;
            }
        }
        return new Stats(micros);
    }

    private static Stats naive(int history, int measured) {
        NaiveScoring scoring = new NaiveScoring(new InMemoryScoringStore(), Workload.planInput(EMPLOYEE));
        Workload workload = new Workload();
        for (int i = 0; i < history; i++) {
            scoring.preload(Workload.reportInput(workload.report(EMPLOYEE)).report());
        }
        double[] micros = new double[measured];
        for (int i = 0; i < measured; i++) {
            ScoringInput.Report report = Workload.reportInput(workload.report(EMPLOYEE)).report();
            long start = System.nanoTime();
            scoring.apply(report);
            micros[i] = (System.nanoTime() - start) / 1_000.0;
            scoring.forget(report); // the history stays at its size
        }
        return new Stats(micros);
    }
}
