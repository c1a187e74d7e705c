package org.kinerja.scoring.adapter.in.kafka.topology;

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
}
