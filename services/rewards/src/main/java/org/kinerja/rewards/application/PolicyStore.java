package org.kinerja.rewards.application;

import java.util.List;
import java.util.Optional;

import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.rewards.domain.RewardsPolicy;

/** The region's policy versions, and which version governs each period (pinned at its first computation). */
public interface PolicyStore {

    /** Every version, oldest first. */
    List<RewardsPolicy> all();

    /** Adds a new version with its event; false when that version number exists already (someone was faster). */
    boolean add(RewardsPolicy policy, OutgoingEvent event);

    Optional<Long> pinned(String period);

    /**
     * Pins the period to a version when it has no pin yet ({@code audit} empty), or re-pins it (an audited
     * recomputation, with its event). Returns the version that governs the period afterwards.
     */
    long pin(String period, long version, Optional<OutgoingEvent> audit);
}
