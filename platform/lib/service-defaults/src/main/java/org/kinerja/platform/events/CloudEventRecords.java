package org.kinerja.platform.events;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.kinerja.contracts.ContractSchemas;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;

/**
 * CloudEvents 1.0 in Kafka binary mode, through the CloudEvents SDK: attributes as {@code ce_*} headers, the JSON data
 * as the record value. Reading checks the envelope, the type and the data against the contract; whatever fails is a
 * {@link PoisonRecordException} naming the reason.
 */
public final class CloudEventRecords {

    public static final String JSON = "application/json";

    private CloudEventRecords() {
    }

    public static CloudEvent toCloudEvent(OutgoingEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.id())
                .withSource(URI.create(event.source()))
                .withType(event.type().type())
                .withTime(OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withDataSchema(URI.create(event.type().schemaId()))
                .withData(event.data());
        if (event.subject() != null) {
            builder.withSubject(event.subject());
        }
        if (event.actor() != null) {
            builder.withExtension(EventActor.SUBJECT, event.actor().subject())
                    .withExtension(EventActor.ROLES, event.actor().rolesAttribute());
            if (event.actor().requestId() != null) {
                builder.withExtension(EventActor.REQUEST, event.actor().requestId());
            }
        }
        return builder.build();
    }

    public static ProducerRecord<String, byte[]> toProducerRecord(OutgoingEvent event) {
        return toProducerRecord(event.topic(), event);
    }

    public static ProducerRecord<String, byte[]> toProducerRecord(String topic, OutgoingEvent event) {
        return KafkaMessageFactory.createWriter(topic, event.key()).writeBinary(toCloudEvent(event));
    }

    /** The {@code ce_*} headers of an event, for producers that set headers themselves (Kafka Streams). */
    public static Headers headersOf(OutgoingEvent event) {
        return toProducerRecord(event).headers();
    }

    /** Reads a record that must carry one event type, and returns its data (see {@link #checkedOnArrival}). */
    public static <T extends Record> T readData(ConsumerRecord<String, byte[]> record, EventType type,
            Class<T> dataClass) {
        return read(record, List.of(type)).data(dataClass);
    }

    /**
     * Reads a record of a topic that carries more event types than this consumer needs. A valid event of another type
     * that belongs on this topic is not for this consumer: empty. Anything else outside {@code relevant} is poison.
     */
    public static Optional<ReceivedEvent> readRelevant(String topic, Headers headers, byte[] value,
            List<EventType> relevant) {
        CloudEvent event = envelope(headers, value);
        Optional<EventType> type = EventType.fromType(event.getType());
        if (type.isPresent() && !relevant.contains(type.get()) && type.get().topic().equals(topic)) {
            return Optional.empty();
        }
        return Optional.of(decode(event, relevant, checkedOnArrival(topic)));
    }

    public static Optional<ReceivedEvent> readRelevant(ConsumerRecord<String, byte[]> record,
            List<EventType> relevant) {
        return readRelevant(record.topic(), record.headers(), record.value(), relevant);
    }

    /** Reads an event of one of the accepted types and checks its data against its schema: what agencies send. */
    public static ReceivedEvent read(Headers headers, byte[] value, List<EventType> accepted) {
        return decode(envelope(headers, value), accepted, true);
    }

    /** Reads a record carrying an event of one of the accepted types (see {@link #checkedOnArrival}). */
    public static ReceivedEvent read(ConsumerRecord<String, byte[]> record, List<EventType> accepted) {
        return decode(envelope(record.headers(), record.value()), accepted, checkedOnArrival(record.topic()));
    }

    /**
     * Whether a record's data is checked against its schema on arrival. Schemas are checked at the edges: where
     * agencies' records come in (their topics, {@link #read}) and where each service sends an event
     * ({@link OutgoingEvent#of}). A platform topic ({@link Topics#ALL}) is written only by the service that owns it
     * (the broker's ACLs), which checked every event it sent, so its consumers only read the data (a record that
     * does not read as its type is still poison); any other topic is checked.
     */
    static boolean checkedOnArrival(String topic) {
        return !Topics.ALL.contains(topic);
    }

    private static ReceivedEvent decode(CloudEvent event, List<EventType> accepted, boolean checkSchema) {
        EventType type = EventType.fromType(event.getType())
                .filter(accepted::contains)
                .orElseThrow(() -> new PoisonRecordException("unexpected event type '" + event.getType()
                        + "'; expected one of " + accepted.stream().map(EventType::type).toList()));
        byte[] data = event.getData() == null ? new byte[0] : event.getData().toBytes();
        List<String> problems = checkSchema ? ContractSchemas.validate(type, data) : List.of();
        if (!problems.isEmpty()) {
            throw new PoisonRecordException("data does not match schema " + type.schemaFileName() + ": "
                    + String.join("; ", problems));
        }
        Record record;
        try {
            record = EventJson.read(data, type.dataClass());
        } catch (RuntimeException e) {
            throw new PoisonRecordException("data cannot be read as " + type.type() + ": " + e.getMessage());
        }
        Instant time = event.getTime() == null ? null : event.getTime().toInstant();
        EventActor actor = EventActor.fromAttributes(attribute(event, EventActor.SUBJECT),
                attribute(event, EventActor.ROLES), attribute(event, EventActor.REQUEST)).orElse(null);
        return new ReceivedEvent(type, event.getId(), event.getSource().toString(), event.getSubject(), time, record,
                actor);
    }

    private static String attribute(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        return value == null ? null : value.toString();
    }

    private static CloudEvent envelope(Headers headers, byte[] value) {
        try {
            return KafkaMessageFactory.createReader(headers, value).toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new PoisonRecordException("not a CloudEvents 1.0 binary-mode record (ce_specversion, ce_id, "
                    + "ce_source and ce_type headers are required): " + e.getMessage());
        }
    }
}
