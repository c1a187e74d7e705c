package org.kinerja.scoring.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.PlanApproved;
import org.kinerja.scoring.domain.Aggregation;
import org.kinerja.scoring.domain.Capaian;
import org.kinerja.scoring.domain.ScoringInput;

/**
 * The benchmark's employees, plans and reports: a plan with five indicators (every aggregation), and reports spread
 * over the year's days and indicators, as a busy employee or an agency's field system produces them.
 */
final class Workload {

    static final String AGENCY = "dishub-mks";
    static final String UNIT = "dishub-mks-lalin";
    static final String[] INDICATORS = {"iki-sum", "iki-latest", "iki-avg", "iki-min", "iki-max"};
    private static final String[] AGGREGATIONS = {"SUM", "LATEST", "AVERAGE", "MIN", "MAX"};
    private static final Instant APPROVED = Instant.parse("2026-01-05T02:00:00Z");

    private final Random random = new Random(42);
    private long sequence;

    static String employee(int n) {
        return String.format("19900101201501%04d", n % 10_000);
    }

    static PlanApproved plan(String employee) {
        List<PlanApproved.Indicator> indicators = new java.util.ArrayList<>();
        for (int i = 0; i < INDICATORS.length; i++) {
            indicators.add(new PlanApproved.Indicator(INDICATORS[i], "indikator " + i, "KUANTITAS",
                    new BigDecimal(i == 0 ? "12000" : "50"), "kejadian", "HIGHER_IS_BETTER", AGGREGATIONS[i],
                    List.of()));
        }
        return new PlanApproved("skp-" + employee, employee, "makassar", AGENCY, UNIT, 2026, "KUANTITATIF",
                "198001012005011001", APPROVED, List.of(new PlanApproved.Rhk("rhk-1", "UTAMA", null,
                        "Penanganan kejadian lalu lintas", indicators)));
    }

    static ScoringInput.PlanInput planInput(String employee) {
        Map<String, ScoringInput.IndicatorPlan> indicators = new java.util.HashMap<>();
        for (int i = 0; i < INDICATORS.length; i++) {
            indicators.put(INDICATORS[i], new ScoringInput.IndicatorPlan(INDICATORS[i], true, "KUANTITAS",
                    new BigDecimal(i == 0 ? "12000" : "50"), Capaian.Polarity.HIGHER_IS_BETTER,
                    Aggregation.valueOf(AGGREGATIONS[i]), Map.of()));
        }
        return new ScoringInput.PlanInput(employee, new ScoringInput.PlanInfo("skp-" + employee, "makassar", AGENCY,
                UNIT, 2026, APPROVED, indicators));
    }

    ActivityReported report(String employee) {
        long n = sequence++;
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
        return new ActivityReported("rpt-" + employee + "-" + n, employee, AGENCY,
                INDICATORS[random.nextInt(INDICATORS.length)], "FIELD", day, null, null,
                new ActivityReported.Location(new BigDecimal("-5.147665"), new BigDecimal("119.432732"),
                        "Jl. Sultan Alauddin"), BigDecimal.valueOf(1 + random.nextInt(20)), "Penanganan kecelakaan",
                null, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n));
    }

    static ScoringInput.ReportInput reportInput(ActivityReported r) {
        return new ScoringInput.ReportInput(r.employeeId(), new ScoringInput.Report(r.reportId(), r.indicatorId(),
                r.activityDate(), r.quantity(), r.reportedAt()));
    }
}
