package org.kinerja.platform.parking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/**
 * A Kafka record set aside until what it awaits arrives, kept byte for byte (key, value, headers, where it came from)
 * so that trying it again, or dead-lettering it at the end of the wait, sees exactly what the publisher sent.
 */
public record ParkedRecord(String id, String lane, String awaits, String reason, Instant parkedAt, Instant deadline,
        int attempts, String topic, int partition, long offset, long timestamp, String key, byte[] value,
        List<RawHeader> headers) {

    /** A header as it was on the wire. */
    public record RawHeader(String name, byte[] value) {
    }

    static ParkedRecord of(String lane, ConsumerRecord<String, byte[]> record, Awaited awaited, String reason,
            Instant now, Instant deadline) {
        List<RawHeader> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(new RawHeader(header.key(), header.value()));
        }
        return new ParkedRecord(idOf(record), lane, awaited.key(), reason, now, deadline, 1, record.topic(),
                record.partition(), record.offset(), record.timestamp(), record.key(), record.value(), headers);
    }

    /** Where the record was read: a redelivery of the same record parks it once. */
    static String idOf(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    ConsumerRecord<String, byte[]> toConsumerRecord() {
        RecordHeaders wire = new RecordHeaders();
        headers.forEach(h -> wire.add(h.name(), h.value()));
        return new ConsumerRecord<>(topic, partition, offset, timestamp, TimestampType.CREATE_TIME,
                ConsumerRecord.NULL_SIZE, value == null ? ConsumerRecord.NULL_SIZE : value.length, key, value, wire,
                Optional.empty());
    }
}
