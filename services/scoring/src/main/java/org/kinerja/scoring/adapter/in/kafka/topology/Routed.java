package org.kinerja.scoring.adapter.in.kafka.topology;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A record value together with where it goes: a contract topic (scores, evaluations, unit scores, distribution, a
 * dead-letter topic), or, with no topic, the topology's own re-keying to the unit side.
 */
record Routed(String topic, byte[] value) {

    static Routed toUnits(byte[] contribution) {
        return new Routed(null, contribution);
    }

    boolean toUnits() {
        return topic == null;
    }

    /** Writes only the value; the topic is picked by the sink's topic extractor. */
    static Serde<Routed> serde() {
        return Serdes.serdeFrom((topic, routed) -> routed == null ? null : routed.value(),
                (topic, bytes) -> {
                    throw new UnsupportedOperationException("Routed values are only ever written");
                });
    }
}
