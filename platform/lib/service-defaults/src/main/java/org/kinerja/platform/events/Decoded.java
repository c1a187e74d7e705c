package org.kinerja.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.kinerja.contracts.EventType;

/**
 * A {@code @KafkaListener} parameter the platform decodes from the record's CloudEvent: its envelope read, its type
 * one of {@link #value()}, its data checked against the schema where the topic is not the platform's own
 * ({@link CloudEventRecords#checkedOnArrival}). A record that does not decode is poison and goes to the dead-letter
 * topic with the reason. The parameter is one of:
 * <ul>
 *   <li>{@link ReceivedEvent}: one record's event (envelope, data and actor);</li>
 *   <li>the data record of the single accepted type, as {@code EvaluationUpdated};</li>
 *   <li>{@code Optional<ReceivedEvent>} with {@link #othersOnTheTopic()}: empty for an event of the topic this
 *   consumer does not need;</li>
 *   <li>{@link DecodedPoll} of either, on a batch listener: the poll's events up to the first that does not
 *   decode.</li>
 * </ul>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Decoded {

    /** The event types this consumer reads. */
    EventType[] value();

    /**
     * Whether a valid event of another type that belongs on the topic is passed over (the topic carries more types
     * than this consumer needs) instead of being poison.
     */
    boolean othersOnTheTopic() default false;
}
