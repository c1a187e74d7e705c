package org.kinerja.scoring.adapter.in.kafka;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** A record value together with the topic it goes to, so one sink serves scores, evaluations and dead letters. */
record Routed(String topic, byte[] value) {

    /** Writes only the value; the topic is picked by the sink's topic extractor. */
    static Serde<Routed> serde() {
        return Serdes.serdeFrom((topic, routed) -> routed == null ? null : routed.value(),
                (topic, bytes) -> {
                    throw new UnsupportedOperationException("Routed values are only ever written");
                });
    }
}
