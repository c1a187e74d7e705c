package org.kinerja.scoring.adapter.in.kafka.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinerja.contracts.ContractSchemas;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.GoldenExamples;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ActivityCorrected;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.ActivityRetracted;
import org.kinerja.contracts.events.DistributionChanged;
import org.kinerja.contracts.events.EvaluationPeriodChanged;
import org.kinerja.contracts.events.EvaluationUpdated;
import org.kinerja.contracts.events.FeedbackGiven;
import org.kinerja.contracts.events.PlanApproved;
import org.kinerja.contracts.events.PublicSatisfactionRecorded;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.contracts.events.UnitPredicateSet;
import org.kinerja.contracts.events.UnitScoreUpdated;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.kafka.DeadLetterReasons;
import org.kinerja.scoring.domain.ScoringPolicy;

/** The topology with TopologyTestDriver, fed the producers' golden examples; every output checked against its schema. */
class ScoringTopologyTest {

    private static final String STAFF = "199207252019032001";
    private static final String UNIT = "dukcapil-mks-pelayanan";

    @TempDir
    Path stateDir;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> plans;
    private TestInputTopic<String, byte[]> activities;
    private TestInputTopic<String, byte[]> periods;
    private TestInputTopic<String, byte[]> feedback;
    private TestInputTopic<String, byte[]> organisation;
    private TestOutputTopic<String, byte[]> scores;
    private TestOutputTopic<String, byte[]> evaluations;
    private TestOutputTopic<String, byte[]> units;
    private TestOutputTopic<String, byte[]> distribution;
    private TestOutputTopic<String, byte[]> activitiesDlt;
    private TestOutputTopic<String, byte[]> organisationDlt;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        ScoringTopology.build(builder, ScoringPolicy.DEFAULT.withLegacyScore(true), "makassar",
                new ScoringMetrics(meters));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "scoring-topology-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), config);
        plans = input(Topics.PLANS);
        activities = input(Topics.ACTIVITIES);
        periods = input(Topics.EVALUATION_PERIODS);
        feedback = input(Topics.FEEDBACK);
        organisation = input(Topics.ORGANISATION_PLANNING);
        scores = output(Topics.SCORES);
        evaluations = output(Topics.EVALUATIONS);
        units = output(Topics.UNIT_SCORES);
        distribution = output(Topics.DISTRIBUTION);
        activitiesDlt = output(Topics.deadLetter(Topics.ACTIVITIES));
        organisationDlt = output(Topics.deadLetter(Topics.ORGANISATION_PLANNING));
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    /** What the topology writes is read from its description, every output topic a named sink of its own. */
    @Test
    void theTopologysDescriptionNamesEveryTopicScoringWrites() {
        StreamsBuilder builder = new StreamsBuilder();
        ScoringTopology.build(builder, ScoringPolicy.DEFAULT, "makassar", new ScoringMetrics(meters));
        java.util.Set<String> written = new java.util.TreeSet<>();
        builder.build().describe().subtopologies().forEach(sub -> sub.nodes().forEach(node -> {
            if (node instanceof org.apache.kafka.streams.TopologyDescription.Sink sink) {
                assertThat(sink.topic()).as(sink.name() + " writes a topic named in the topology").isNotNull();
                written.add(sink.topic());
            }
        }));
        assertThat(written).contains(Topics.SCORES, Topics.EVALUATIONS, Topics.UNIT_SCORES, Topics.DISTRIBUTION,
                Topics.deadLetter(Topics.PLANS), Topics.deadLetter(Topics.ACTIVITIES),
                Topics.deadLetter(Topics.EVALUATION_PERIODS), Topics.deadLetter(Topics.FEEDBACK),
                Topics.deadLetter(Topics.ORGANISATION_PLANNING));
        assertThat(written).filteredOn(topic -> !topic.endsWith("-repartition")).hasSize(9);
    }

    @Test
    void goldenPlanAndReportsProduceContractValidScoresForTheMonthAndTheYear() {
        pipe(plans, EventType.PLAN_APPROVED, golden(EventType.PLAN_APPROVED, "valid-staff-plan", PlanApproved.class));
        pipe(activities, EventType.ACTIVITY_REPORTED,
                golden(EventType.ACTIVITY_REPORTED, "valid-daily-report", ActivityReported.class));
        pipe(activities, EventType.ACTIVITY_REPORTED,
                golden(EventType.ACTIVITY_REPORTED, "valid-without-evidence", ActivityReported.class));

        List<TestRecord<String, byte[]>> out = scores.readRecordsToList();
        assertThat(out).extracting(TestRecord::key).containsExactly(STAFF + ":2026", STAFF + ":2026-02",
                STAFF + ":2026", STAFF + ":2026-02", STAFF + ":2026");
        out.forEach(r -> assertThat(ContractSchemas.validate(EventType.SCORE_UPDATED, r.value())).isEmpty());
        assertThat(header(out.get(4).headers(), "ce_type")).isEqualTo("kinerja.scoring.score.updated.v1");
        ScoreUpdated year = EventJson.read(out.get(4).value(), ScoreUpdated.class);
        assertThat(year.version()).isEqualTo(3);
        assertThat(year.indicators().get(0).realisation()).isEqualByComparingTo("77.5");
        assertThat(year.indicators().get(0).capaian()).isEqualByComparingTo("6.46");
        assertThat(year.proposedHasilKerjaRating()).isEqualTo("BELOW");
        ScoreUpdated month = EventJson.read(out.get(3).value(), ScoreUpdated.class);
        assertThat(month.indicators().get(0).target()).as("the rencana aksi target of February")
                .isEqualByComparingTo("100");
        assertThat(month.indicators().get(0).capaian()).isEqualByComparingTo("77.50");

        List<TestRecord<String, byte[]>> evaluated = evaluations.readRecordsToList();
        assertThat(evaluated).hasSize(5);
        assertThat(evaluated.get(4).key()).isEqualTo(STAFF);
        evaluated.forEach(r -> assertThat(ContractSchemas.validate(EventType.EVALUATION_UPDATED, r.value())).isEmpty());
        assertThat(meters.timer("kinerja.scoring.freshness").count()).isEqualTo(5);

        List<TestRecord<String, byte[]>> unitScores = units.readRecordsToList();
        assertThat(unitScores).extracting(TestRecord::key).contains(UNIT + ":2026", UNIT + ":2026-02");
        unitScores.forEach(r -> assertThat(ContractSchemas.validate(EventType.UNIT_SCORE_UPDATED, r.value()))
                .isEmpty());
        UnitScoreUpdated unitYear = EventJson.read(unitScores.get(unitScores.size() - 1).value(),
                UnitScoreUpdated.class);
        assertThat(unitYear.employees()).isEqualTo(1);
        assertThat(unitYear.version()).isEqualTo(3);
        assertThat(unitYear.flagged()).isTrue();
    }

    @Test
    void ratingsGiveThePredicateAndTheUnitsDistributionIsCheckedAgainstItsPredicate() {
        pipe(plans, EventType.PLAN_APPROVED, golden(EventType.PLAN_APPROVED, "valid-staff-plan", PlanApproved.class));
        pipe(periods, EventType.EVALUATION_PERIOD_CHANGED,
                golden(EventType.EVALUATION_PERIOD_CHANGED, "valid-rated", EvaluationPeriodChanged.class));
        pipe(feedback, EventType.FEEDBACK_GIVEN, golden(EventType.FEEDBACK_GIVEN, "valid-peer", FeedbackGiven.class));
        pipe(feedback, EventType.FEEDBACK_GIVEN,
                golden(EventType.FEEDBACK_GIVEN, "valid-supervisor-behaviour", FeedbackGiven.class));
        pipe(organisation, EventType.UNIT_PREDICATE_SET, UNIT,
                golden(EventType.UNIT_PREDICATE_SET, "valid-baik", UnitPredicateSet.class));

        List<TestRecord<String, byte[]>> out = scores.readRecordsToList();
        assertThat(out).hasSize(3);
        ScoreUpdated rated = EventJson.read(out.get(2).value(), ScoreUpdated.class);
        assertThat(rated.predicate()).isEqualTo("BAIK");
        assertThat(rated.hasilKerjaRating()).isEqualTo("MEETS");
        assertThat(rated.legacyScore().value()).as("SKP 0 × 60 % + the penilai's Perilaku value 112 × 40 %")
                .isEqualByComparingTo("44.80");
        assertThat(rated.version()).isEqualTo(3);
        EvaluationUpdated completed = EventJson.read(evaluations.readRecordsToList().get(2).value(),
                EvaluationUpdated.class);
        assertThat(completed.completed()).isTrue();

        List<TestRecord<String, byte[]>> changes = distribution.readRecordsToList();
        assertThat(changes).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(UNIT);
            assertThat(ContractSchemas.validate(EventType.DISTRIBUTION_CHANGED, r.value())).isEmpty();
            DistributionChanged change = EventJson.read(r.value(), DistributionChanged.class);
            assertThat(change.status()).isEqualTo(DistributionChanged.VIOLATED);
            assertThat(change.violations()).containsExactly("BAIK at most 70 % (0 of 1), has 1",
                    "at least one BUTUH_PERBAIKAN or KURANG");
        });
        assertThat(meters.counter("kinerja.scoring.distribution.changes", "status", "VIOLATED").count()).isEqualTo(1);
        assertThat(meters.counter("kinerja.scoring.predicates.updated", "predicate", "BAIK").count()).isEqualTo(2);
    }

    @Test
    void theHeadOfAUnitTakesTheUnitsPredicateAsHasilKerja() {
        pipe(plans, EventType.PLAN_APPROVED, golden(EventType.PLAN_APPROVED, "valid-staff-plan", PlanApproved.class));
        pipe(periods, EventType.EVALUATION_PERIOD_CHANGED,
                golden(EventType.EVALUATION_PERIOD_CHANGED, "valid-rated", EvaluationPeriodChanged.class));
        UnitPredicateSet istimewa = golden(EventType.UNIT_PREDICATE_SET, "valid-quarter-with-head",
                UnitPredicateSet.class);
        UnitPredicateSet forStaff = new UnitPredicateSet(istimewa.unitId(), istimewa.agencyId(), "2026",
                istimewa.predicate(), istimewa.setBy(), 1, istimewa.setAt(), STAFF);
        pipe(organisation, EventType.UNIT_PREDICATE_SET, UNIT, forStaff);

        List<TestRecord<String, byte[]>> out = scores.readRecordsToList();
        ScoreUpdated head = EventJson.read(out.get(out.size() - 1).value(), ScoreUpdated.class);
        assertThat(head.supervisorHasilKerjaRating()).isEqualTo("MEETS");
        assertThat(head.hasilKerjaRating()).isEqualTo("ABOVE");
        assertThat(head.headUnitPredicate()).isEqualTo("ISTIMEWA");
        assertThat(head.predicate()).isEqualTo("SANGAT_BAIK");
        List<TestRecord<String, byte[]>> unitScores = units.readRecordsToList();
        UnitScoreUpdated unit = EventJson.read(unitScores.get(unitScores.size() - 1).value(), UnitScoreUpdated.class);
        assertThat(unit.headHasilKerjaRating()).isEqualTo("ABOVE");
        assertThat(unit.predicateCounts()).containsEntry("SANGAT_BAIK", 1);
    }

    @Test
    void aReportForALockedPeriodUpdatesTheRealisationAndFlagsLateEvidence() {
        pipe(plans, EventType.PLAN_APPROVED, golden(EventType.PLAN_APPROVED, "valid-staff-plan", PlanApproved.class));
        pipe(periods, EventType.EVALUATION_PERIOD_CHANGED,
                golden(EventType.EVALUATION_PERIOD_CHANGED, "valid-rated", EvaluationPeriodChanged.class));
        pipe(periods, EventType.EVALUATION_PERIOD_CHANGED,
                golden(EventType.EVALUATION_PERIOD_CHANGED, "valid-locked", EvaluationPeriodChanged.class));
        pipe(activities, EventType.ACTIVITY_REPORTED,
                golden(EventType.ACTIVITY_REPORTED, "valid-daily-report", ActivityReported.class));
        List<TestRecord<String, byte[]>> out = scores.readRecordsToList();
        ScoreUpdated year = EventJson.read(out.get(out.size() - 1).value(), ScoreUpdated.class);
        assertThat(year.period()).isEqualTo("2026");
        assertThat(year.locked()).isTrue();
        assertThat(year.lateEvidence()).isTrue();
        assertThat(year.predicate()).isEqualTo("BAIK");
        assertThat(year.indicators().get(0).reportCount()).isEqualTo(1);
    }

    @Test
    void aGoldenCorrectionIsAppliedExactly() {
        pipe(plans, EventType.PLAN_APPROVED, golden(EventType.PLAN_APPROVED, "valid-staff-plan", PlanApproved.class));
        pipe(activities, EventType.ACTIVITY_REPORTED,
                golden(EventType.ACTIVITY_REPORTED, "valid-daily-report", ActivityReported.class));
        ActivityCorrected correction = golden(EventType.ACTIVITY_CORRECTED, "valid-typo", ActivityCorrected.class);
        pipe(activities, EventType.ACTIVITY_CORRECTED, correction);
        pipe(activities, EventType.ACTIVITY_CORRECTED, correction);
        List<TestRecord<String, byte[]>> out = scores.readRecordsToList();
        assertThat(out).hasSize(5);
        assertThat(EventJson.read(out.get(4).value(), ScoreUpdated.class).indicators().get(0).realisation())
                .isEqualByComparingTo("24");
        pipe(activities, EventType.ACTIVITY_RETRACTED,
                golden(EventType.ACTIVITY_RETRACTED, "valid-duplicate", ActivityRetracted.class));
        assertThat(EventJson.read(scores.readRecordsToList().get(1).value(), ScoreUpdated.class).indicators().get(0)
                .reportCount()).isZero();
    }

    @Test
    void aRedeliveredReportAndEventsScoringDoesNotUseChangeNothing() {
        pipe(plans, EventType.PLAN_APPROVED, golden(EventType.PLAN_APPROVED, "valid-staff-plan", PlanApproved.class));
        ActivityReported report = golden(EventType.ACTIVITY_REPORTED, "valid-daily-report", ActivityReported.class);
        pipe(activities, EventType.ACTIVITY_REPORTED, report);
        pipe(activities, EventType.ACTIVITY_REPORTED, report);
        pipe(feedback, EventType.PUBLIC_SATISFACTION_RECORDED, golden(EventType.PUBLIC_SATISFACTION_RECORDED,
                GoldenExamples.valid(EventType.PUBLIC_SATISFACTION_RECORDED).keySet().iterator().next(),
                PublicSatisfactionRecorded.class));
        assertThat(scores.readRecordsToList()).hasSize(3);
        assertThat(driver.producedTopicNames()).doesNotContain(Topics.deadLetter(Topics.FEEDBACK));
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWithTheirReason() {
        activities.pipeInput(new TestRecord<>(STAFF, "not an event".getBytes(StandardCharsets.UTF_8)));
        ActivityReported report = golden(EventType.ACTIVITY_REPORTED, "valid-daily-report", ActivityReported.class);
        ProducerRecord<String, byte[]> wrongKey = CloudEventRecords.toProducerRecord(event(EventType.ACTIVITY_REPORTED,
                "someone-else", report));
        activities.pipeInput(new TestRecord<>(wrongKey.key(), wrongKey.value(), wrongKey.headers()));
        pipe(organisation, EventType.UNIT_PREDICATE_SET, "another-unit",
                golden(EventType.UNIT_PREDICATE_SET, "valid-baik", UnitPredicateSet.class));

        List<TestRecord<String, byte[]>> dead = activitiesDlt.readRecordsToList();
        assertThat(dead).hasSize(2);
        assertThat(header(dead.get(0).headers(), DeadLetterReasons.REASON_HEADER)).contains("CloudEvents");
        assertThat(header(dead.get(1).headers(), DeadLetterReasons.REASON_HEADER)).contains("key must be the employee");
        assertThat(header(organisationDlt.readRecordsToList().get(0).headers(), DeadLetterReasons.REASON_HEADER))
                .contains("key must be the unit id");
        assertThat(scores.isEmpty()).isTrue();
        assertThat(meters.counter("kinerja.scoring.dead.letters").count()).isEqualTo(3);
    }

    private TestInputTopic<String, byte[]> input(String topic) {
        return driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer());
    }

    private TestOutputTopic<String, byte[]> output(String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static <T extends Record> T golden(EventType type, String name, Class<T> dataClass) {
        return EventJson.read(GoldenExamples.bytes(type, name), dataClass);
    }

    private static void pipe(TestInputTopic<String, byte[]> topic, EventType type, Record data) {
        pipe(topic, type, STAFF, data);
    }

    private static void pipe(TestInputTopic<String, byte[]> topic, EventType type, String key, Record data) {
        ProducerRecord<String, byte[]> record = CloudEventRecords.toProducerRecord(event(type, key, data));
        topic.pipeInput(new TestRecord<>(record.key(), record.value(), record.headers()));
    }

    private static OutgoingEvent event(EventType type, String key, Record data) {
        String id = type.name() + ":" + Integer.toHexString(data.hashCode());
        return OutgoingEvent.of(type, id, "/agencies/dukcapil-mks", key, id, Instant.parse("2026-02-04T10:00:00Z"),
                data);
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
