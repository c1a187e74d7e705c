package org.kinerja.reporting.adapter.in.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.Topics;
import org.kinerja.platform.kafka.DeadLetterReasons;
import org.kinerja.platform.kafka.PollProjection;
import org.kinerja.reporting.application.RefusedSubmissions;
import org.kinerja.reporting.application.RefusedSubmissions.Refusal;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Every agency's dead-letter topic of submissions, read into what the agency's operator sees: the refusal's kind,
 * code (where it has one) and reason from the headers the intake put on it, and what the record was (its event id, report and employee) where its
 * body says. A body that is not JSON is still a refusal to show (its reason says why).
 */
@Component
class RefusedSubmissionListener {

    private final RefusedSubmissions refused;

    RefusedSubmissionListener(RefusedSubmissions refused) {
        this.refused = refused;
    }

    @KafkaListener(id = "reporting-refused-submissions", topicPattern = Topics.ACTIVITY_SUBMISSIONS_DEAD_LETTER_PATTERN,
            batch = "true", properties = "metadata.max.age.ms=${kinerja.kafka.agency-topics-refresh:30000}")
    void onRefused(List<ConsumerRecord<String, byte[]>> records) {
        // a poll at a time, retried from its first record while MongoDB is away, as every projection is
        PollProjection.project(records, RefusedSubmissionListener::refusal, refused::record);
    }

    static Refusal refusal(ConsumerRecord<String, byte[]> record) {
        String topic = record.topic();
        String agencyId = Topics.deadLettersOf(topic).flatMap(original -> Topics.agencyOf(
                Topics.ACTIVITY_SUBMISSIONS, original)).orElse("");
        JsonNode body = body(record.value());
        return new Refusal(topic + ":" + record.partition() + ":" + record.offset(), agencyId, topic,
                record.partition(), record.offset(), sentAt(record), Instant.ofEpochMilli(record.timestamp()),
                header(record, DeadLetterReasons.KIND_HEADER), header(record, DeadLetterReasons.REASON_HEADER),
                header(record, "ce_id"), text(body, "reportId"), text(body, "employeeId"),
                header(record, DeadLetterReasons.CODE_HEADER));
    }

    /** When the agency sent it: the dead-letter copy keeps the original timestamp in a header of its own. */
    private static Instant sentAt(ConsumerRecord<String, byte[]> record) {
        Header original = record.headers().lastHeader("kafka_dlt-original-timestamp");
        if (original != null && original.value().length == Long.BYTES) {
            return Instant.ofEpochMilli(java.nio.ByteBuffer.wrap(original.value()).getLong());
        }
        return Instant.ofEpochMilli(record.timestamp());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode body(byte[] value) {
        try {
            return value == null ? null : EventJson.tree(value);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String text(JsonNode body, String field) {
        if (body == null) {
            return null;
        }
        JsonNode value = body.has(field) ? body.get(field) : body.path("data").get(field);
        return value == null || !value.isString() ? null : value.asString();
    }
}
