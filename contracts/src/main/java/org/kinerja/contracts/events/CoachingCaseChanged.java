package org.kinerja.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A pembinaan (coaching) case opened, changed or reviewed: improved and closed, or escalated; never a dismissal.
 * {@code goalCodes[i]} says {@code goals[i]} as a {@link Reason} for the goals the case opened with.
 */
public record CoachingCaseChanged(String caseId, String employeeId, String agencyId, String unitId, String status,
        String openedFor, String openedPredicate, LocalDate openedOn, LocalDate reviewDue, List<String> goals,
        int sessions, String latestPredicate, String escalation, String reviewNote, long version, Instant changedAt,
        List<Reason> goalCodes) {

    public CoachingCaseChanged {
        goalCodes = goalCodes == null ? List.of() : List.copyOf(goalCodes);
    }
}
