package org.kinerja.scoring.adapter.in.kafka;

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
import org.kinerja.contracts.events.PlanApproved;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.kafka.DeadLetterReasons;
import org.kinerja.scoring.domain.ScoringPolicy;

/** The topology with TopologyTestDriver, fed the producers' golden examples. */
class ScoringTopologyTest {

    private static final String STAFF = "199207252019032001";

    @TempDir
    Path stateDir;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> plans;
    private TestInputTopic<String, byte[]> activities;
    private TestOutputTopic<String, byte[]> scores;
    private TestOutputTopic<String, byte[]> evaluations;
    private TestOutputTopic<String, byte[]> activitiesDlt;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        ScoringTopology.build(builder, ScoringPolicy.DEFAULT, "test", new ScoringMetrics(meters));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "scoring-topology-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), config);
        plans = driver.createInputTopic(Topics.PLANS, new StringSerializer(), new ByteArraySerializer());
        activities = driver.createInputTopic(Topics.ACTIVITIES, new StringSerializer(), new ByteArraySerializer());
        scores = driver.createOutputTopic(Topics.SCORES, new StringDeserializer(), new ByteArrayDeserializer());
        evaluations = driver.createOutputTopic(Topics.EVALUATIONS, new StringDeserializer(),
                new ByteArrayDeserializer());
        activitiesDlt = driver.createOutputTopic(Topics.deadLetter(Topics.ACTIVITIES), new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void goldenPlanAndReportsProduceContractValidScoresAndEvaluations() {
        pipe(plans, EventType.PLAN_APPROVED, golden(EventType.PLAN_APPROVED, "valid-staff-plan", PlanApproved.class));
        pipe(activities, EventType.ACTIVITY_REPORTED,
                golden(EventType.ACTIVITY_REPORTED, "valid-daily-report", ActivityReported.class));
        pipe(activities, EventType.ACTIVITY_REPORTED,
                golden(EventType.ACTIVITY_REPORTED, "valid-without-evidence", ActivityReported.class));

        List<TestRecord<String, byte[]>> out = scores.readRecordsToList();
        assertThat(out).hasSize(3);
        TestRecord<String, byte[]> last = out.get(2);
        assertThat(last.key()).isEqualTo(STAFF + ":2026");
        assertThat(header(last.headers(), "ce_type")).isEqualTo("kinerja.scoring.score.updated.v1");
        assertThat(ContractSchemas.validate(EventType.SCORE_UPDATED, last.value())).isEmpty();
        ScoreUpdated score = EventJson.read(last.value(), ScoreUpdated.class);
        assertThat(score.version()).isEqualTo(3);
        assertThat(score.indicators().get(0).realisation()).isEqualByComparingTo("77.5");
        assertThat(score.indicators().get(0).capaian()).isEqualByComparingTo("6.46");
        assertThat(score.proposedHasilKerjaRating()).isEqualTo("BELOW");

        List<TestRecord<String, byte[]>> evaluated = evaluations.readRecordsToList();
        assertThat(evaluated).hasSize(3);
        assertThat(evaluated.get(2).key()).isEqualTo(STAFF);
        assertThat(ContractSchemas.validate(EventType.EVALUATION_UPDATED, evaluated.get(2).value())).isEmpty();
        assertThat(meters.timer("kinerja.scoring.freshness").count()).isEqualTo(3);
        assertThat(meters.counter("kinerja.scoring.scores.updated", "rating", "BELOW").count()).isEqualTo(3);
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
        assertThat(out).hasSize(3);
        assertThat(EventJson.read(out.get(2).value(), ScoreUpdated.class).indicators().get(0).realisation())
                .isEqualByComparingTo("24");
        pipe(activities, EventType.ACTIVITY_RETRACTED,
                golden(EventType.ACTIVITY_RETRACTED, "valid-duplicate", ActivityRetracted.class));
        assertThat(EventJson.read(scores.readRecordsToList().get(0).value(), ScoreUpdated.class).indicators().get(0)
                .reportCount()).isZero();
    }

    @Test
    void aRedeliveredReportChangesNothing() {
        pipe(plans, EventType.PLAN_APPROVED, golden(EventType.PLAN_APPROVED, "valid-staff-plan", PlanApproved.class));
        ActivityReported report = golden(EventType.ACTIVITY_REPORTED, "valid-daily-report", ActivityReported.class);
        pipe(activities, EventType.ACTIVITY_REPORTED, report);
        pipe(activities, EventType.ACTIVITY_REPORTED, report);
        assertThat(scores.readRecordsToList()).hasSize(2);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWithTheirReason() {
        activities.pipeInput(new TestRecord<>(STAFF, "not an event".getBytes(StandardCharsets.UTF_8)));
        ActivityReported report = golden(EventType.ACTIVITY_REPORTED, "valid-daily-report", ActivityReported.class);
        ProducerRecord<String, byte[]> wrongKey = CloudEventRecords.toProducerRecord(event(EventType.ACTIVITY_REPORTED,
                "someone-else", report));
        activities.pipeInput(new TestRecord<>(wrongKey.key(), wrongKey.value(), wrongKey.headers()));

        List<TestRecord<String, byte[]>> dead = activitiesDlt.readRecordsToList();
        assertThat(dead).hasSize(2);
        assertThat(header(dead.get(0).headers(), DeadLetterReasons.REASON_HEADER)).contains("CloudEvents");
        assertThat(header(dead.get(1).headers(), DeadLetterReasons.REASON_HEADER)).contains("key must be the employee");
        assertThat(scores.isEmpty()).isTrue();
        assertThat(meters.counter("kinerja.scoring.dead.letters").count()).isEqualTo(2);
    }

    private static <T extends Record> T golden(EventType type, String name, Class<T> dataClass) {
        return EventJson.read(GoldenExamples.bytes(type, name), dataClass);
    }

    private static void pipe(TestInputTopic<String, byte[]> topic, EventType type, Record data) {
        String employee = "199207252019032001";
        ProducerRecord<String, byte[]> record = CloudEventRecords.toProducerRecord(event(type, employee, data));
        topic.pipeInput(new TestRecord<>(record.key(), record.value(), record.headers()));
    }

    private static OutgoingEvent event(EventType type, String key, Record data) {
        String id = data instanceof PlanApproved p ? p.planId() : data instanceof ActivityReported r ? r.reportId()
                : data.toString().hashCode() + "";
        return OutgoingEvent.of(type, type.type() + ":" + id, "/agencies/dukcapil-mks", key, id,
                Instant.parse("2026-02-04T10:00:00Z"), data);
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
