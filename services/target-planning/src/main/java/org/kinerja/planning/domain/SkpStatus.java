package org.kinerja.planning.domain;

/**
 * The SKP state machine: {@code DRAFT → SUBMITTED → APPROVED}; {@code SUBMITTED → REJECTED → DRAFT} (a rejection
 * needs a note); {@code APPROVED → REVISION_SUBMITTED → APPROVED | REJECTED}.
 */
public enum SkpStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, REVISION_SUBMITTED;

    public boolean awaitsDecision() {
        return this == SUBMITTED || this == REVISION_SUBMITTED;
    }
}
