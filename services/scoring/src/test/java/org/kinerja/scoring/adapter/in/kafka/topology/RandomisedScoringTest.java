package org.kinerja.scoring.adapter.in.kafka.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ActivityCorrected;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.ActivityRetracted;
import org.kinerja.contracts.events.EvaluationPeriodChanged;
import org.kinerja.contracts.events.FeedbackGiven;
import org.kinerja.contracts.events.PlanApproved;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.contracts.events.UnitScoreUpdated;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.scoring.domain.Capaian;
import org.kinerja.scoring.domain.Predicate;
import org.kinerja.scoring.domain.ProposedRating;
import org.kinerja.scoring.domain.Rating;
import org.kinerja.scoring.domain.ScoringPolicy;

/**
 * For many random streams of plans (with revisions), reports, corrections, retractions, duplicates, ratings, locks and
 * peer input, delivered in random interleavings of the topics, the topology's final scores and unit figures equal
 * what a simple batch oracle computes from the same events: every report counted once at its latest revision, each
 * period's figures recomputed from scratch, versions counted from the distinct inputs.
 */
class RandomisedScoringTest {

    private static final String[] EMPLOYEES = {"199001012015011001", "199102022016022002", "199203032017031003"};
    private static final String[] UNITS = {"u-loket", "u-loket", "u-arsip"};
    private static final String[] AGGREGATIONS = {"SUM", "LATEST", "AVERAGE", "MIN", "MAX"};
    private static final Rating[] RATINGS = Rating.values();
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path stateDir;

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(40);
    }

    /** One input event as generated: the topic it goes to, its key and its data. */
    private record Input(String topic, EventType type, String key, Record data) {
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void liveResultEqualsTheBatchOracle(long seed) {
        Random random = new Random(seed);
        List<List<Input>> perTopicAndEmployee = new ArrayList<>();
        for (int e = 0; e < EMPLOYEES.length; e++) {
            perTopicAndEmployee.addAll(generate(random, EMPLOYEES[e], UNITS[e]));
        }
        List<Input> delivery = interleaveWithDuplicates(random, perTopicAndEmployee);

        Map<String, ScoreUpdated> scores = new TreeMap<>();
        Map<String, UnitScoreUpdated> units = new TreeMap<>();
        runTopology(delivery, scores, units);

        Oracle oracle = new Oracle(delivery);
        assertThat(scores.keySet()).isEqualTo(oracle.scores.keySet());
        oracle.scores.forEach((key, expected) -> {
            ScoreUpdated actual = scores.get(key);
            assertThat(actual.version()).as(key + " version").isEqualTo(expected.version);
            assertThat(actual.averageCapaian()).as(key + " average").isEqualByComparingTo(expected.average);
            assertThat(actual.proposedHasilKerjaRating()).as(key + " proposed").isEqualTo(expected.proposed.name());
            assertThat(actual.predicate()).as(key + " predicate").isEqualTo(
                    expected.predicate == null ? null : expected.predicate.name());
            assertThat(actual.locked()).as(key + " locked").isEqualTo(expected.locked);
            assertThat(actual.lateEvidence()).as(key + " late evidence").isEqualTo(expected.lateEvidence);
            assertThat(actual.indicators()).hasSize(expected.indicators.size());
            for (ScoreUpdated.IndicatorScore indicator : actual.indicators()) {
                OracleIndicator want = expected.indicators.get(indicator.indicatorId());
                assertThat(indicator.reportCount()).as(key + " " + indicator.indicatorId() + " count")
                        .isEqualTo(want.count);
                assertThat(indicator.realisation()).as(key + " " + indicator.indicatorId() + " realisation")
                        .isEqualByComparingTo(want.realisation);
                assertThat(indicator.capaian()).as(key + " " + indicator.indicatorId() + " capaian")
                        .isEqualByComparingTo(want.capaian);
            }
        });
        assertThat(units.keySet()).isEqualTo(oracle.units.keySet());
        oracle.units.forEach((key, expected) -> {
            UnitScoreUpdated actual = units.get(key);
            assertThat(actual.employees()).as(key + " employees").isEqualTo(expected.employees);
            assertThat(actual.version()).as(key + " version").isEqualTo(expected.version);
            assertThat(actual.predicateCounts()).as(key + " predicates").isEqualTo(expected.predicates);
            assertThat(actual.averageCapaian()).as(key + " average").isEqualByComparingTo(expected.average());
        });
    }

    // ---- generation ---------------------------------------------------------------------------------------------

    private static List<List<Input>> generate(Random random, String employee, String unit) {
        List<Input> plans = new ArrayList<>();
        List<Input> activities = new ArrayList<>();
        List<Input> periods = new ArrayList<>();
        List<Input> feedback = new ArrayList<>();
        int indicatorCount = 1 + random.nextInt(3);
        String[] aggregation = new String[indicatorCount];
        String[] polarity = new String[indicatorCount];
        for (int i = 0; i < indicatorCount; i++) {
            aggregation[i] = AGGREGATIONS[random.nextInt(AGGREGATIONS.length)];
            polarity[i] = random.nextBoolean() ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER";
        }
        int approvals = 1 + random.nextInt(3);
        for (int a = 0; a < approvals; a++) {
            List<PlanApproved.Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < indicatorCount; i++) {
                List<PlanApproved.PeriodTarget> targets = random.nextBoolean() ? List.of()
                        : List.of(new PlanApproved.PeriodTarget("2026-02", BigDecimal.valueOf(1 + random.nextInt(40)),
                                null));
                indicators.add(new PlanApproved.Indicator("iki-" + i, "indikator " + i, "KUANTITAS",
                        BigDecimal.valueOf(random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(200)), "dokumen",
                        polarity[i], aggregation[i], targets));
            }
            plans.add(new Input(Topics.PLANS, EventType.PLAN_APPROVED, employee, new PlanApproved("skp-" + employee,
                    employee, "makassar", "dinas", unit, 2026, "KUANTITATIF", "198001012005011001",
                    T0.plusSeconds(86_400L * (a + 1)), List.of(new PlanApproved.Rhk("rhk-1", "UTAMA", null,
                            "Pelayanan", indicators)))));
        }
        Map<String, Integer> revisions = new LinkedHashMap<>();
        Map<String, ActivityReported> reported = new HashMap<>();
        Set<String> retracted = new HashSet<>();
        int steps = random.nextInt(40);
        for (int s = 0; s < steps; s++) {
            if (revisions.isEmpty() || random.nextInt(3) > 0) {
                String id = employee + "-r" + s;
                String indicator = random.nextInt(12) == 0 ? "iki-9" : "iki-" + random.nextInt(indicatorCount);
                LocalDate day = LocalDate.of(2026, 1 + random.nextInt(3), 1 + random.nextInt(28));
                ActivityReported report = new ActivityReported(id, employee, "dinas", indicator, "DAILY", day, null,
                        null, null, quantity(random), "kegiatan", null, T0.plusSeconds(s));
                reported.put(id, report);
                activities.add(new Input(Topics.ACTIVITIES, EventType.ACTIVITY_REPORTED, employee, report));
                revisions.put(id, 1);
            } else {
                List<String> open = revisions.keySet().stream().filter(id -> !retracted.contains(id)).toList();
                if (open.isEmpty()) {
                    continue;
                }
                String id = open.get(random.nextInt(open.size()));
                int revision = revisions.merge(id, 1, Integer::sum);
                ActivityReported original = reported.get(id);
                if (random.nextInt(4) == 0) {
                    retracted.add(id);
                    activities.add(new Input(Topics.ACTIVITIES, EventType.ACTIVITY_RETRACTED, employee,
                            new ActivityRetracted(id, employee, "dinas", original.indicatorId(),
                                    original.activityDate(), revision, "salah input", employee,
                                    T0.plusSeconds(1000 + s))));
                } else {
                    activities.add(new Input(Topics.ACTIVITIES, EventType.ACTIVITY_CORRECTED, employee,
                            new ActivityCorrected(id, employee, "dinas", original.indicatorId(),
                                    original.activityDate(), revision, "koreksi", quantity(random), "kegiatan", null,
                                    employee, T0.plusSeconds(1000 + s))));
                }
            }
        }
        for (String period : List.of("2026-02", "2026")) {
            long version = 1;
            int changes = random.nextInt(4);
            for (int c = 0; c < changes; c++) {
                String status = c == changes - 1 && random.nextBoolean() ? "LOCKED"
                        : c > 0 && random.nextInt(3) == 0 ? "REOPENED" : "RATED";
                version += 1 + random.nextInt(2);
                periods.add(new Input(Topics.EVALUATION_PERIODS, EventType.EVALUATION_PERIOD_CHANGED, employee,
                        new EvaluationPeriodChanged(employee, "dinas", unit, period, status, "OPEN",
                                "198001012005011001", RATINGS[random.nextInt(3)].name(),
                                RATINGS[random.nextInt(3)].name(), "198001012005011001", null, version,
                                T0.plusSeconds(5000 + version), null, null, null)));
            }
            if (random.nextBoolean()) {
                feedback.add(new Input(Topics.FEEDBACK, EventType.FEEDBACK_GIVEN, employee, new FeedbackGiven(
                        "fb-" + employee + period, employee, "dinas", period, random.nextBoolean() ? "PEER"
                                : "SUPERVISOR", null, null, "masukan", "199905052020011001",
                        T0.plusSeconds(9000), null)));
            }
        }
        return List.of(plans, activities, periods, feedback);
    }

    private static BigDecimal quantity(Random random) {
        return BigDecimal.valueOf(random.nextInt(500), random.nextInt(2));
    }

    /** A random interleaving that keeps each list's own order (one partition), plus redeliveries of earlier events. */
    private static List<Input> interleaveWithDuplicates(Random random, List<List<Input>> lists) {
        List<Input> delivery = new ArrayList<>();
        int[] next = new int[lists.size()];
        List<Input> redeliver = new ArrayList<>();
        while (true) {
            List<Integer> open = new ArrayList<>();
            for (int i = 0; i < lists.size(); i++) {
                if (next[i] < lists.get(i).size()) {
                    open.add(i);
                }
            }
            if (open.isEmpty()) {
                break;
            }
            int pick = open.get(random.nextInt(open.size()));
            Input input = lists.get(pick).get(next[pick]++);
            delivery.add(input);
            if (random.nextInt(8) == 0) {
                redeliver.add(input);
            }
            if (!redeliver.isEmpty() && random.nextInt(5) == 0) {
                delivery.add(redeliver.remove(random.nextInt(redeliver.size())));
            }
        }
        delivery.addAll(redeliver);
        return delivery;
    }

    // ---- the live path --------------------------------------------------------------------------------------------

    private void runTopology(List<Input> delivery, Map<String, ScoreUpdated> scores,
            Map<String, UnitScoreUpdated> units) {
        StreamsBuilder builder = new StreamsBuilder();
        ScoringTopology.build(builder, ScoringPolicy.DEFAULT, "makassar", new ScoringMetrics(
                new SimpleMeterRegistry()));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "scoring-randomised");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), config)) {
            Map<String, TestInputTopic<String, byte[]>> inputs = new HashMap<>();
            for (Input input : delivery) {
                ProducerRecord<String, byte[]> record = CloudEventRecords.toProducerRecord(OutgoingEvent.of(
                        input.type(), input.type().name() + ":" + input.data().hashCode(), "/test", input.key(),
                        input.key(), T0, input.data()));
                inputs.computeIfAbsent(input.topic(), t -> driver.createInputTopic(t, new StringSerializer(),
                        new ByteArraySerializer())).pipeInput(new TestRecord<>(record.key(), record.value(),
                        record.headers()));
            }
            driver.createOutputTopic(Topics.SCORES, new StringDeserializer(), new ByteArrayDeserializer())
                    .readKeyValuesToMap().forEach((k, v) -> scores.put(k, EventJson.read(v, ScoreUpdated.class)));
            driver.createOutputTopic(Topics.UNIT_SCORES, new StringDeserializer(), new ByteArrayDeserializer())
                    .readKeyValuesToMap().forEach((k, v) -> units.put(k, EventJson.read(v, UnitScoreUpdated.class)));
        }
    }

    // ---- the oracle -----------------------------------------------------------------------------------------------

    private record OracleIndicator(long count, BigDecimal realisation, BigDecimal capaian) {
    }

    private static final class OracleScore {
        long version;
        BigDecimal average;
        Rating proposed;
        Predicate predicate;
        boolean locked;
        boolean lateEvidence;
        Map<String, OracleIndicator> indicators = new HashMap<>();
    }

    private static final class OracleUnit {
        int employees;
        long version;
        BigDecimal capaianSum = BigDecimal.ZERO;
        Map<String, Integer> predicates = new TreeMap<>();

        BigDecimal average() {
            return employees == 0 ? BigDecimal.ZERO
                    : capaianSum.divide(BigDecimal.valueOf(employees), 2, RoundingMode.HALF_UP);
        }
    }

    /** The batch computation: the final value of every input, then each period computed from scratch. */
    private static final class Oracle {
        final Map<String, OracleScore> scores = new TreeMap<>();
        final Map<String, OracleUnit> units = new TreeMap<>();

        Oracle(List<Input> delivery) {
            for (String employee : EMPLOYEES) {
                compute(employee, delivery.stream().filter(i -> i.key().equals(employee)).toList());
            }
        }

        private void compute(String employee, List<Input> events) {
            List<PlanApproved> approvals = new ArrayList<>();
            int firstPlanAt = -1;
            Map<String, ActivityReported> reports = new LinkedHashMap<>();
            Map<String, BigDecimal> quantity = new HashMap<>();
            Map<String, Integer> revision = new HashMap<>();
            Map<String, Integer> inputsOf = new HashMap<>();
            Set<String> retracted = new HashSet<>();
            Map<String, List<Integer>> evidenceAt = new HashMap<>();  // report id -> positions of its inputs
            Map<String, EvaluationPeriodChanged> workflow = new HashMap<>();
            Map<String, Long> workflowChanges = new HashMap<>();
            Map<String, Integer> lockedAt = new HashMap<>();
            Set<String> peer = new HashSet<>();
            for (int position = 0; position < events.size(); position++) {
                Record data = events.get(position).data();
                String reportId = null;
                if (data instanceof PlanApproved plan) {
                    if (approvals.stream().allMatch(p -> plan.approvedAt().isAfter(p.approvedAt()))) {
                        approvals.add(plan);
                    }
                    firstPlanAt = firstPlanAt < 0 ? position : firstPlanAt;
                } else if (data instanceof ActivityReported report && !reports.containsKey(report.reportId())) {
                    reportId = report.reportId();
                    reports.put(reportId, report);
                    quantity.put(reportId, report.quantity());
                    revision.put(reportId, 1);
                } else if (data instanceof ActivityCorrected c && c.revision() > revision.get(c.reportId())) {
                    reportId = c.reportId();
                    revision.put(reportId, c.revision());
                    quantity.put(reportId, c.quantity());
                    retracted.remove(reportId);
                } else if (data instanceof ActivityRetracted r && r.revision() > revision.get(r.reportId())) {
                    reportId = r.reportId();
                    revision.put(reportId, r.revision());
                    retracted.add(reportId);
                } else if (data instanceof EvaluationPeriodChanged p && (!workflow.containsKey(p.period())
                        || p.version() > workflow.get(p.period()).version())) {
                    workflow.put(p.period(), p);
                    workflowChanges.merge(p.period(), 1L, Long::sum);
                    if ("LOCKED".equals(p.status())) {
                        lockedAt.put(p.period(), position);
                    } else if ("REOPENED".equals(p.status())) {
                        lockedAt.remove(p.period());
                    }
                } else if (data instanceof FeedbackGiven f && ("PEER".equals(f.kind())
                        || "SUBORDINATE".equals(f.kind()))) {
                    peer.add(f.period());
                }
                if (reportId != null) {
                    inputsOf.merge(reportId, 1, Integer::sum);
                    evidenceAt.computeIfAbsent(reportId, k -> new ArrayList<>()).add(position);
                }
            }
            if (approvals.isEmpty()) {
                return;
            }
            PlanApproved plan = approvals.get(approvals.size() - 1);
            Map<String, PlanApproved.Indicator> indicators = new TreeMap<>();
            plan.rhk().forEach(rhk -> rhk.indicators().forEach(i -> indicators.put(i.indicatorId(), i)));
            Set<String> periods = new HashSet<>(Set.of("2026"));
            Map<String, Long> inputs = new HashMap<>();
            Map<String, Integer> lastEvidence = new HashMap<>();
            for (ActivityReported report : reports.values()) {
                if (indicators.containsKey(report.indicatorId())) {
                    for (String period : periodsOf(report)) {
                        periods.add(period);
                        inputs.merge(period, (long) inputsOf.get(report.reportId()), Long::sum);
                        // an input is applied when it arrives, or when the plan does if it came first
                        for (int position : evidenceAt.get(report.reportId())) {
                            lastEvidence.merge(period, Math.max(position, firstPlanAt), Math::max);
                        }
                    }
                }
            }
            workflowChanges.forEach((period, count) -> {
                inputs.merge(period, count, Long::sum);
                if (period.length() > 4) {
                    inputs.merge("2026", count, Long::sum); // the year's proposal follows its months' ratings
                }
            });
            peer.forEach(period -> inputs.merge(period, 1L, Long::sum));
            periods.addAll(workflowChanges.keySet());
            periods.addAll(peer);
            for (String period : periods) {
                OracleScore score = new OracleScore();
                score.version = approvals.size() + inputs.getOrDefault(period, 0L);
                List<ProposedRating.IndicatorBand> bands = new ArrayList<>();
                BigDecimal total = BigDecimal.ZERO;
                for (PlanApproved.Indicator indicator : indicators.values()) {
                    List<ActivityReported> counted = reports.values().stream()
                            .filter(r -> r.indicatorId().equals(indicator.indicatorId()))
                            .filter(r -> periodsOf(r).contains(period) && !retracted.contains(r.reportId()))
                            .toList();
                    BigDecimal realisation = realisation(indicator.aggregation(), counted, quantity);
                    BigDecimal capaian = Capaian.of(target(indicator, period), realisation,
                            Capaian.Polarity.valueOf(indicator.polarity()), !counted.isEmpty(),
                            ScoringPolicy.DEFAULT.capaianCap());
                    bands.add(new ProposedRating.IndicatorBand(ScoringPolicy.DEFAULT.band(capaian), true));
                    total = total.add(capaian);
                    score.indicators.put(indicator.indicatorId(), new OracleIndicator(counted.size(), realisation,
                            capaian));
                }
                score.average = total.divide(BigDecimal.valueOf(indicators.size()), 2, RoundingMode.HALF_UP);
                score.proposed = ProposedRating.of(bands);
                EvaluationPeriodChanged last = workflow.get(period);
                if (last != null) {
                    score.predicate = Predicate.of(Rating.valueOf(last.hasilKerjaRating()),
                            Rating.valueOf(last.perilakuKerjaRating()));
                }
                score.locked = lockedAt.containsKey(period);
                score.lateEvidence = score.locked && lastEvidence.getOrDefault(period, -1) > lockedAt.get(period);
                scores.put(Topics.scoreKey(employee, period), score);
                OracleUnit unit = units.computeIfAbsent(Topics.unitScoreKey(plan.unitId(), period),
                        k -> new OracleUnit());
                unit.employees++;
                unit.version += score.version;
                unit.capaianSum = unit.capaianSum.add(score.average);
                if (score.predicate != null) {
                    unit.predicates.merge(score.predicate.name(), 1, Integer::sum);
                }
            }
        }

        private static List<String> periodsOf(ActivityReported report) {
            return List.of(String.format("2026-%02d", report.activityDate().getMonthValue()), "2026");
        }

        private static BigDecimal target(PlanApproved.Indicator indicator, String period) {
            if (period.length() == 4) {
                return indicator.target();
            }
            return indicator.periodTargets().stream().filter(t -> t.period().equals(period)).findFirst()
                    .map(PlanApproved.PeriodTarget::target)
                    .orElse("SUM".equals(indicator.aggregation())
                            ? indicator.target().divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP)
                            : indicator.target());
        }

        private static BigDecimal realisation(String aggregation, List<ActivityReported> reports,
                Map<String, BigDecimal> quantity) {
            if (reports.isEmpty()) {
                return BigDecimal.ZERO;
            }
            List<BigDecimal> values = reports.stream().map(r -> quantity.get(r.reportId())).toList();
            return switch (aggregation) {
                case "SUM" -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                case "AVERAGE" -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_UP);
                case "MIN" -> values.stream().min(Comparator.naturalOrder()).orElseThrow();
                case "MAX" -> values.stream().max(Comparator.naturalOrder()).orElseThrow();
                default -> quantity.get(reports.stream().max(Comparator.comparing(ActivityReported::activityDate)
                        .thenComparing(ActivityReported::reportedAt).thenComparing(ActivityReported::reportId))
                        .orElseThrow().reportId());
            };
        }
    }
}
