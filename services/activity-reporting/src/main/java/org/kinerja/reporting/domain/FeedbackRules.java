package org.kinerja.reporting.domain;

import java.util.Optional;

/**
 * Who may give which feedback on an employee: the employee themselves (SELF), their penilai (SUPERVISOR, per RHK or
 * per BerAKHLAK value), a colleague of the same agency (PEER), someone the employee assesses (SUBORDINATE).
 */
public final class FeedbackRules {

    public enum Kind { SELF, SUPERVISOR, PEER, SUBORDINATE }

    /** The seven BerAKHLAK core values of the civil service. */
    public enum Behaviour {
        BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF
    }

    private FeedbackRules() {
    }

    /** Why the giver may not give this feedback, or empty when they may. */
    public static Optional<String> refusal(Kind kind, String giverId, String giverAgency, String giverPenilaiId,
            ReportRules.KnownEmployee subject) {
        boolean allowed = switch (kind) {
            case SELF -> subject.employeeId().equals(giverId);
            case SUPERVISOR -> giverId.equals(subject.penilaiId());
            case PEER -> !subject.employeeId().equals(giverId) && subject.agencyId().equals(giverAgency);
            case SUBORDINATE -> subject.employeeId().equals(giverPenilaiId);
        };
        if (allowed) {
            return Optional.empty();
        }
        return Optional.of(switch (kind) {
            case SELF -> "only the employee gives their self-assessment";
            case SUPERVISOR -> "only the employee's pejabat penilai gives supervisor feedback";
            case PEER -> "peer input comes from a colleague of the same agency";
            case SUBORDINATE -> "subordinate input comes from someone the employee assesses";
        });
    }
}
