package org.kinerja.scoring.domain;

/**
 * What scoring keeps about one employee's period besides the tallies: how many inputs have changed it (with the plan's
 * approvals, that makes the version, which is then the same however the inputs were interleaved), the workflow status
 * and the penilai's ratings, the lock (with the predicate frozen at locking) and late evidence, whether a peer or
 * subordinate gave input, the predicate of the unit the employee heads, the unit the period last counted in, and where
 * the region uses the PP 30/2019 numbers the penilai's numeric Perilaku value and whether an innovation was recorded.
 */
public record PeriodState(String period, long inputs, String status, long workflowVersion,
        Rating supervisorHasilKerja, Rating perilakuKerja, boolean locked, Predicate lockedPredicate,
        boolean lateEvidence, boolean peerInput, String headUnitId, DistributionCheck.UnitPredicate headUnitPredicate,
        long headPredicateVersion, String contributedUnitId, java.math.BigDecimal perilakuValue, boolean innovation) {

    public static PeriodState open(String period) {
        return new PeriodState(period, 0, "OPEN", 0, null, null, false, null, false, false, null, null, 0, null, null,
                false);
    }

    /** The predicate from the penilai's ratings (R1), the head of a unit taking the unit's achievement (R3). */
    public Predicate predicate() {
        if (locked) {
            return lockedPredicate;
        }
        Rating hasilKerja = hasilKerja();
        return hasilKerja == null || perilakuKerja == null ? null : Predicate.of(hasilKerja, perilakuKerja);
    }

    /** The Hasil Kerja rating in force: the unit's for its head, else the penilai's; null until given. */
    public Rating hasilKerja() {
        return headUnitPredicate != null ? DistributionCheck.headRating(headUnitPredicate) : supervisorHasilKerja;
    }

    PeriodState counted(int more) {
        return new PeriodState(period, inputs + more, status, workflowVersion, supervisorHasilKerja, perilakuKerja, locked,
                lockedPredicate, lateEvidence, peerInput, headUnitId, headUnitPredicate, headPredicateVersion,
                contributedUnitId, perilakuValue, innovation);
    }

    /** The workflow moved on: new ratings; LOCKED freezes the predicate, REOPENED unfreezes it and clears the flag. */
    PeriodState withWorkflow(String newStatus, long version, Rating hasil, Rating perilaku,
            java.math.BigDecimal value, boolean withInnovation) {
        boolean reopened = "REOPENED".equals(newStatus);
        boolean nowLocked = "LOCKED".equals(newStatus) || (locked && !reopened);
        PeriodState unlocked = new PeriodState(period, inputs, newStatus, version, hasil, perilaku, false, null,
                !reopened && lateEvidence, peerInput, headUnitId, headUnitPredicate, headPredicateVersion,
                contributedUnitId, value, withInnovation);
        if (!nowLocked) {
            return unlocked;
        }
        Predicate frozen = locked ? lockedPredicate : unlocked.predicate();
        return new PeriodState(period, inputs, newStatus, version, hasil, perilaku, true, frozen, lateEvidence,
                peerInput, headUnitId, headUnitPredicate, headPredicateVersion, contributedUnitId, value,
                withInnovation);
    }

    PeriodState withLateEvidence() {
        return new PeriodState(period, inputs, status, workflowVersion, supervisorHasilKerja, perilakuKerja, locked,
                lockedPredicate, true, peerInput, headUnitId, headUnitPredicate, headPredicateVersion,
                contributedUnitId, perilakuValue, innovation);
    }

    PeriodState withPeerInput() {
        return new PeriodState(period, inputs, status, workflowVersion, supervisorHasilKerja, perilakuKerja, locked,
                lockedPredicate, lateEvidence, true, headUnitId, headUnitPredicate, headPredicateVersion,
                contributedUnitId, perilakuValue, innovation);
    }

    PeriodState withHeadUnitPredicate(String unitId, DistributionCheck.UnitPredicate predicate, long version) {
        return new PeriodState(period, inputs, status, workflowVersion, supervisorHasilKerja, perilakuKerja, locked,
                lockedPredicate, lateEvidence, peerInput, unitId, predicate, version, contributedUnitId, perilakuValue,
                innovation);
    }

    PeriodState contributedTo(String unitId) {
        return new PeriodState(period, inputs, status, workflowVersion, supervisorHasilKerja, perilakuKerja, locked,
                lockedPredicate, lateEvidence, peerInput, headUnitId, headUnitPredicate, headPredicateVersion, unitId,
                perilakuValue, innovation);
    }
}
