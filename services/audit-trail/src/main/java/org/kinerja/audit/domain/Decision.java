package org.kinerja.audit.domain;

import java.time.Instant;
import java.util.Map;

import org.kinerja.contracts.events.AuditEntryRecorded.Actor;

/**
 * A decision read from one of the platform's events, not yet in the chain: what the trail will record about it.
 *
 * @param subjectType what it is about (skp, evaluation-period, objection...); with {@code subjectId}, the key under
 *                    which the trail remembers the state it left, the next decision's "before"
 * @param after       the state the decision left: the event's plain fields
 */
public record Decision(String kind, String subjectType, String subjectId, String employeeId, String agencyId,
        Actor actor, Map<String, String> after, String reason, Instant decidedAt, String eventId, String eventType,
        String requestId) {

    public Decision {
        after = Map.copyOf(after);
    }

    /** The key of the subject's last recorded state. */
    public String subjectKey() {
        return subjectType + "/" + subjectId;
    }
}
