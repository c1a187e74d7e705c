package org.kinerja.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.GoldenExamples;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.ActivityRetracted;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.Decoded;
import org.kinerja.platform.events.DecodedPoll;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.events.PoisonRecordException;
import org.kinerja.platform.events.ReceivedEvent;
import org.springframework.core.MethodParameter;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** A listener's {@link Decoded} parameter as the containers hand it over: each shape, and what is poison. */
class DecodedEventResolverTest {

    private static final ActivityReported REPORT = EventJson.read(
            GoldenExamples.bytes(EventType.ACTIVITY_REPORTED, "valid-daily-report"), ActivityReported.class);
    private static final ActivityRetracted RETRACTION = EventJson.read(
            GoldenExamples.bytes(EventType.ACTIVITY_RETRACTED, GoldenExamples.valid(EventType.ACTIVITY_RETRACTED)
                    .keySet().iterator().next()), ActivityRetracted.class);

    private final DecodedEventResolver resolver = new DecodedEventResolver();

    @SuppressWarnings("unused")
    static class Listeners {
        void data(@Decoded(EventType.ACTIVITY_REPORTED) ActivityReported report) {
        }

        void event(@Decoded({EventType.ACTIVITY_REPORTED, EventType.ACTIVITY_RETRACTED}) ReceivedEvent event) {
        }

        void relevant(@Decoded(value = EventType.ACTIVITY_REPORTED, othersOnTheTopic = true)
                Optional<ReceivedEvent> event) {
        }

        void poll(@Decoded(EventType.ACTIVITY_REPORTED) DecodedPoll<ActivityReported> poll) {
        }

        void wrongData(@Decoded({EventType.ACTIVITY_REPORTED, EventType.ACTIVITY_RETRACTED}) ActivityReported r) {
        }

        void notDecoded(ActivityReported report) {
        }
    }

    private static MethodParameter parameter(String method) {
        for (Method candidate : Listeners.class.getDeclaredMethods()) {
            if (candidate.getName().equals(method)) {
                return new MethodParameter(candidate, 0);
            }
        }
        throw new IllegalArgumentException(method);
    }

    private static ConsumerRecord<String, byte[]> record(EventType type, Record data, long offset) {
        ProducerRecord<String, byte[]> sent = CloudEventRecords.toProducerRecord(OutgoingEvent.of(type,
                "id-" + offset, "/agencies/dukcapil-mks", "199001012015011001", "subject", Instant.now(), data));
        return new ConsumerRecord<>(sent.topic(), 0, offset, 0L, TimestampType.CREATE_TIME, -1, -1, sent.key(),
                sent.value(), sent.headers(), Optional.empty());
    }

    private static ConsumerRecord<String, byte[]> garbage(long offset) {
        ConsumerRecord<String, byte[]> good = record(EventType.ACTIVITY_REPORTED, REPORT, offset);
        return new ConsumerRecord<>(good.topic(), 0, offset, 0L, TimestampType.CREATE_TIME, -1, -1, good.key(),
                "{not json".getBytes(), good.headers(), Optional.empty());
    }

    @SuppressWarnings("unchecked")
    private Optional<Object> resolveOptional(String method, Object raw) {
        return (Optional<Object>) resolve(method, raw);
    }

    private Object resolve(String method, Object raw) {
        Message<?> message = MessageBuilder.withPayload(new byte[0]).setHeader(KafkaHeaders.RAW_DATA, raw).build();
        return resolver.resolveArgument(parameter(method), message);
    }

    @Test
    void onlyDecodedParametersAreResolvedHere() {
        assertThat(resolver.supportsParameter(parameter("data"))).isTrue();
        assertThat(resolver.supportsParameter(parameter("notDecoded"))).isFalse();
    }

    @Test
    void aRecordBecomesItsDataOrItsEvent() {
        assertThat(resolve("data", record(EventType.ACTIVITY_REPORTED, REPORT, 1))).isEqualTo(REPORT);
        ReceivedEvent event = (ReceivedEvent) resolve("event", record(EventType.ACTIVITY_RETRACTED, RETRACTION, 2));
        assertThat(event.type()).isEqualTo(EventType.ACTIVITY_RETRACTED);
        assertThat(event.id()).isEqualTo("id-2");
        assertThat(event.data()).isEqualTo(RETRACTION);
    }

    @Test
    void anotherTypeIsPoisonUnlessTheListenerPassesOverTheTopicsOthers() {
        assertThatThrownBy(() -> resolve("data", record(EventType.ACTIVITY_RETRACTED, RETRACTION, 1)))
                .isInstanceOf(PoisonRecordException.class).hasMessageContaining("unexpected event type");
        assertThat(resolve("relevant", record(EventType.ACTIVITY_RETRACTED, RETRACTION, 1)))
                .as("a retraction belongs on the activities topic: not for this listener").isEqualTo(Optional.empty());
        assertThat(resolveOptional("relevant", record(EventType.ACTIVITY_REPORTED, REPORT, 1)))
                .hasValueSatisfying(event -> assertThat(((ReceivedEvent) event).data()).isEqualTo(REPORT));
        assertThatThrownBy(() -> resolve("relevant", garbage(1))).isInstanceOf(PoisonRecordException.class);
    }

    @Test
    void aPollIsWrittenUpToItsFirstUnreadableRecordWhichIsReportedByItsIndex() {
        DecodedPoll<?> poll = (DecodedPoll<?>) resolve("poll", List.of(record(EventType.ACTIVITY_REPORTED, REPORT,
                10), record(EventType.ACTIVITY_REPORTED, REPORT, 11), garbage(12),
                record(EventType.ACTIVITY_REPORTED, REPORT, 13)));
        assertThat(List.<Object>copyOf(poll.events())).containsExactly(REPORT, REPORT);
        assertThat(poll.unreadableIndex()).isEqualTo(2);
        List<Object> written = new ArrayList<>();
        assertThatThrownBy(() -> poll.project(written::addAll)).isInstanceOf(BatchListenerFailedException.class)
                .satisfies(failure -> assertThat(((BatchListenerFailedException) failure).getIndex()).isEqualTo(2))
                .hasRootCauseInstanceOf(PoisonRecordException.class);
        assertThat(written).as("the records before the unreadable one are written first").hasSize(2);
    }

    @Test
    void aFailedWriteStandsForTheWholePoll() {
        DecodedPoll<?> poll = (DecodedPoll<?>) resolve("poll", List.of(record(EventType.ACTIVITY_REPORTED, REPORT,
                10)));
        assertThatThrownBy(() -> poll.project(events -> {
            throw new IllegalStateException("MongoDB is away");
        })).isInstanceOf(BatchListenerFailedException.class)
                .satisfies(failure -> assertThat(((BatchListenerFailedException) failure).getIndex()).isZero());
    }

    @Test
    void aParameterOfAnotherShapeIsAProgrammingErrorNamed() {
        assertThatThrownBy(() -> resolve("wrongData", record(EventType.ACTIVITY_REPORTED, REPORT, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("data record of its one event type");
        assertThatThrownBy(() -> resolve("data", List.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("batch listener");
    }
}
