package org.kinerja.rewards.domain;

import java.util.Optional;

/**
 * The predikat kinerja pegawai as scoring publishes it (R1), best first; rewards acts on where a predicate stands
 * against BAIK: at or above it rewards may follow, below it pembinaan (R8).
 */
public enum Predicate {
    SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG;

    /** The predicate an event names, or empty while the period has none yet (no ratings). */
    public static Optional<Predicate> ofEvent(String name) {
        return name == null ? Optional.empty() : Optional.of(valueOf(name));
    }

    /** Below BAIK: the threshold of a pembinaan (coaching) case, rule R8. */
    public boolean belowBaik() {
        return this == BUTUH_PERBAIKAN || this == KURANG || this == SANGAT_KURANG;
    }
}
