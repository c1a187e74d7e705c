package org.kinerja.planning.domain;

import java.util.List;

import org.kinerja.planning.domain.PlanEnums.Approach;

/**
 * Sasaran Kinerja Pegawai: an employee's yearly plan. Transitions return a new plan or refuse with
 * {@link PlanRuleViolation}; who may make them is the application's concern, what is allowed is decided here.
 */
public record Skp(String planId, String employeeId, String regionId, String agencyId, String unitId,
        String penilaiId, int year, Approach approach, SkpStatus status, String rejectionNote, List<Rhk> rhk,
        long version) {

    public Skp {
        rhk = List.copyOf(rhk);
    }

    public static String idFor(String employeeId, int year) {
        return "skp-" + year + "-" + employeeId;
    }

    public Skp submit() {
        if (!status.canSubmit()) {
            throw new PlanRuleViolation("plan-not-submittable", "An SKP in status " + status
                    + " cannot be submitted; only DRAFT or REJECTED can.");
        }
        return with(SkpStatus.SUBMITTED, null);
    }

    public Skp approve() {
        requireAwaitingDecision("approved");
        return with(SkpStatus.APPROVED, null);
    }

    public Skp reject(String note) {
        requireAwaitingDecision("rejected");
        if (note == null || note.isBlank()) {
            throw new PlanRuleViolation("rejection-note-required", "A rejection needs a note saying what to change.");
        }
        return with(SkpStatus.REJECTED, note.strip());
    }

    private void requireAwaitingDecision(String what) {
        if (!status.awaitsDecision()) {
            throw new PlanRuleViolation("plan-not-awaiting-decision", "An SKP in status " + status + " cannot be "
                    + what + "; it must be SUBMITTED or REVISION_SUBMITTED.");
        }
    }

    private Skp with(SkpStatus next, String note) {
        return new Skp(planId, employeeId, regionId, agencyId, unitId, penilaiId, year, approach, next, note, rhk,
                version + 1);
    }
}
