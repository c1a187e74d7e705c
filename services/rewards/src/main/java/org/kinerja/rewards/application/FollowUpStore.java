package org.kinerja.rewards.application;

import java.util.List;
import java.util.Optional;

import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.rewards.domain.FollowUp;

/** Follow-ups, one per employee and period, each written with its event (outbox) only if newer than what is stored. */
public interface FollowUpStore {

    Optional<FollowUp> find(String followUpId);

    /** Stores the follow-up unless one from the same or a newer evaluation exists; false when it was not stored. */
    boolean saveIfNewer(FollowUp followUp, Optional<OutgoingEvent> event);

    List<FollowUp> ofEmployee(String employeeId);
}
