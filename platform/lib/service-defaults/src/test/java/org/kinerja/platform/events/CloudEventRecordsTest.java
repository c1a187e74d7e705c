package org.kinerja.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.GoldenExamples;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ActivityReported;

class CloudEventRecordsTest {

    private static final ActivityReported REPORT = EventJson.read(
            GoldenExamples.bytes(EventType.ACTIVITY_REPORTED, "valid-daily-report"), ActivityReported.class);

    private static OutgoingEvent event() {
        return OutgoingEvent.of(EventType.ACTIVITY_REPORTED, "id-1", "/agencies/dukcapil-mks", REPORT.employeeId(),
                REPORT.reportId(), Instant.parse("2026-02-03T09:30:00Z"), REPORT);
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void writesBinaryModeHeadersAndJsonBody() {
        ProducerRecord<String, byte[]> record = CloudEventRecords.toProducerRecord(event());
        assertThat(record.topic()).isEqualTo("reporting.activities.v1");
        assertThat(record.key()).isEqualTo(REPORT.employeeId());
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isEqualTo("id-1");
        assertThat(header(record, "ce_type")).isEqualTo("kinerja.reporting.activity.reported.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/agencies/dukcapil-mks");
        assertThat(header(record, "ce_subject")).isEqualTo(REPORT.reportId());
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(header(record, "ce_dataschema")).as("the $id of the schema the data satisfies")
                .isEqualTo("https://kinerja.org/contracts/schemas/reporting.activity.reported.v1.schema.json");
        assertThat(EventJson.read(record.value(), ActivityReported.class)).isEqualTo(REPORT);
    }

    @Test
    void readsBackWhatItWrote() {
        ProducerRecord<String, byte[]> record = CloudEventRecords.toProducerRecord(event());
        ReceivedEvent received = CloudEventRecords.read(record.headers(), record.value(),
                List.of(EventType.ACTIVITY_REPORTED));
        assertThat(received.id()).isEqualTo("id-1");
        assertThat(received.time()).isEqualTo(Instant.parse("2026-02-03T09:30:00Z"));
        assertThat(received.data(ActivityReported.class)).isEqualTo(REPORT);
    }

    @Test
    void refusesWhatIsNotAValidEvent() {
        assertThatThrownBy(() -> CloudEventRecords.read(new RecordHeaders(), "{}".getBytes(),
                List.of(EventType.ACTIVITY_REPORTED))).isInstanceOf(PoisonRecordException.class)
                .hasMessageContaining("CloudEvents");
        ProducerRecord<String, byte[]> record = CloudEventRecords.toProducerRecord(event());
        assertThatThrownBy(() -> CloudEventRecords.read(record.headers(), record.value(),
                List.of(EventType.PLAN_APPROVED))).isInstanceOf(PoisonRecordException.class)
                .hasMessageContaining("unexpected event type");
        assertThatThrownBy(() -> CloudEventRecords.read(record.headers(), "{\"reportId\":1}".getBytes(),
                List.of(EventType.ACTIVITY_REPORTED))).isInstanceOf(PoisonRecordException.class)
                .hasMessageContaining("does not match schema");
    }

    @Test
    void aProducerCannotWriteAnEventItsConsumersWouldRefuse() {
        ActivityReported negative = new ActivityReported(REPORT.reportId(), REPORT.employeeId(), REPORT.agencyId(),
                REPORT.indicatorId(), REPORT.reportType(), REPORT.activityDate(), null, null, null,
                java.math.BigDecimal.valueOf(-1), REPORT.description(), null, REPORT.reportedAt());
        assertThatThrownBy(() -> OutgoingEvent.of(EventType.ACTIVITY_REPORTED, "x", "/s", "k", "s", Instant.EPOCH,
                negative)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/quantity");
    }

    @Test
    void anEventMustCarryTheDataOfItsType() {
        assertThatThrownBy(() -> OutgoingEvent.of(EventType.PLAN_APPROVED, "x", "/s", "k", "s", Instant.EPOCH,
                REPORT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schemasAreCheckedWhereAgenciesRecordsArriveAndOnlyReadOnPlatformTopics() {
        ProducerRecord<String, byte[]> valid = CloudEventRecords.toProducerRecord(event());
        // Readable as its type, but outside its schema (a negative quantity).
        byte[] outsideSchema = new String(valid.value(), StandardCharsets.UTF_8)
                .replace("\"quantity\":42", "\"quantity\":-42").getBytes(StandardCharsets.UTF_8);
        assertThat(outsideSchema).isNotEqualTo(valid.value());
        ConsumerRecord<String, byte[]> fromAgency = consumerRecord("reporting.activity-submissions.v1.dishub-mks",
                valid, outsideSchema);
        assertThatThrownBy(() -> CloudEventRecords.read(fromAgency, List.of(EventType.ACTIVITY_REPORTED)))
                .isInstanceOf(PoisonRecordException.class).hasMessageContaining("does not match schema");
        ConsumerRecord<String, byte[]> fromTheService = consumerRecord(Topics.ACTIVITIES, valid, outsideSchema);
        assertThat(CloudEventRecords.read(fromTheService, List.of(EventType.ACTIVITY_REPORTED))
                .data(ActivityReported.class).quantity()).isEqualByComparingTo("-42");
        ConsumerRecord<String, byte[]> unreadable = consumerRecord(Topics.ACTIVITIES, valid,
                "{\"reportId\":[]}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CloudEventRecords.readData(unreadable, EventType.ACTIVITY_REPORTED,
                ActivityReported.class)).isInstanceOf(PoisonRecordException.class).hasMessageContaining("cannot be read");
    }

    private static ConsumerRecord<String, byte[]> consumerRecord(String topic, ProducerRecord<String, byte[]> sent,
            byte[] value) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(topic, 0, 0, sent.key(), value);
        sent.headers().forEach(h -> record.headers().add(h));
        return record;
    }
}
