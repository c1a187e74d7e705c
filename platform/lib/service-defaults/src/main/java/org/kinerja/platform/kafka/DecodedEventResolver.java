package org.kinerja.platform.kafka;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.kinerja.contracts.EventType;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.Decoded;
import org.kinerja.platform.events.DecodedPoll;
import org.kinerja.platform.events.ReceivedEvent;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Hands a listener's {@link Decoded} parameter its decoded event, events or poll: the one place a consumer's records
 * become events. It reads the consumed records from the message's raw-data header, which the listener containers'
 * message converters add ({@link KafkaDefaultsAutoConfiguration}).
 */
final class DecodedEventResolver implements HandlerMethodArgumentResolver {

    /** Each parameter's shape, worked out once: resolving runs for every record or poll. */
    private final Map<MethodParameter, Shape> shapes = new ConcurrentHashMap<>();

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(Decoded.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, Message<?> message) {
        Decoded decoded = parameter.getParameterAnnotation(Decoded.class);
        Shape shape = shapes.computeIfAbsent(parameter, p -> Shape.of(p, decoded));
        Object raw = message.getHeaders().get(KafkaHeaders.RAW_DATA);
        if (shape.poll()) {
            return DecodedPoll.decode(records(raw, parameter), record -> decode(record, decoded).map(shape::element));
        }
        if (!(raw instanceof ConsumerRecord<?, ?> record)) {
            throw new IllegalStateException(parameter + " is @Decoded but its listener is a batch listener: take a "
                    + "DecodedPoll");
        }
        return shape.wrap(decode(bytes(record), decoded));
    }

    private static Optional<ReceivedEvent> decode(ConsumerRecord<String, byte[]> record, Decoded decoded) {
        List<EventType> accepted = List.of(decoded.value());
        return decoded.othersOnTheTopic() ? CloudEventRecords.readRelevant(record, accepted)
                : Optional.of(CloudEventRecords.read(record, accepted));
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, byte[]> bytes(ConsumerRecord<?, ?> record) {
        return (ConsumerRecord<String, byte[]>) record;
    }

    @SuppressWarnings("unchecked")
    private static List<ConsumerRecord<String, byte[]>> records(Object raw, MethodParameter parameter) {
        if (raw instanceof List<?> list) {
            return (List<ConsumerRecord<String, byte[]>>) list;
        }
        throw new IllegalStateException(parameter + " takes a DecodedPoll but its listener is not a batch listener");
    }

    /** What the parameter asks for: an event, its data, an optional event, or a poll of events or data. */
    private record Shape(boolean poll, boolean optional, Class<?> element) {

        static Shape of(MethodParameter parameter, Decoded decoded) {
            ResolvableType type = ResolvableType.forMethodParameter(parameter);
            boolean poll = DecodedPoll.class.equals(type.resolve());
            boolean optional = Optional.class.equals(type.resolve());
            Class<?> element = poll || optional ? type.getGeneric(0).resolve() : type.resolve();
            if (element == null || !(ReceivedEvent.class.equals(element) || dataOfOne(element, decoded))) {
                throw new IllegalStateException(parameter + ": a @Decoded parameter is a ReceivedEvent, the data "
                        + "record of its one event type, an Optional<ReceivedEvent> or a DecodedPoll of either");
            }
            if (optional != (decoded.othersOnTheTopic() && !poll)) {
                throw new IllegalStateException(parameter + ": a single event passed over is an Optional, and only "
                        + "with othersOnTheTopic");
            }
            return new Shape(poll, optional, element);
        }

        private static boolean dataOfOne(Class<?> element, Decoded decoded) {
            return decoded.value().length == 1 && decoded.value()[0].dataClass().equals(element);
        }

        Object element(ReceivedEvent event) {
            return ReceivedEvent.class.equals(element) ? event : event.data();
        }

        Object wrap(Optional<ReceivedEvent> event) {
            return optional ? event : element(event.orElseThrow());
        }
    }
}
