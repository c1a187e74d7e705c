package org.kinerja.planning.domain;

import java.util.List;

import org.kinerja.planning.domain.PlanEnums.Approach;

/**
 * Sasaran Kinerja Pegawai: an employee's yearly plan, and its state machine:
 * {@code DRAFT → SUBMITTED → APPROVED}; {@code SUBMITTED → REJECTED} (a note is required) {@code → DRAFT} (by editing);
 * {@code APPROVED → REVISION_SUBMITTED → APPROVED | REJECTED}. Once a plan has been approved, that content stays in
 * force ({@code rhk}) while a revision ({@code proposal}) is drafted, submitted or rejected, until a revision is
 * approved. Transitions return a new plan one version further or refuse with {@link PlanRuleViolation}; who may make
 * them is the application's concern.
 */
public record Skp(String planId, String employeeId, String regionId, String agencyId, String unitId,
        String penilaiId, int year, Approach approach, SkpStatus status, String rejectionNote, List<Rhk> rhk,
        List<Rhk> proposal, boolean approvedVersionInForce, long version) {

    public Skp {
        rhk = List.copyOf(rhk);
        proposal = proposal == null ? null : List.copyOf(proposal);
    }

    public static String idFor(String employeeId, int year) {
        return "skp-" + year + "-" + employeeId;
    }

    /** A new plan, as a draft. */
    public static Skp draft(String planId, String employeeId, String regionId, String agencyId, String unitId,
            String penilaiId, int year, Approach approach, List<Rhk> content) {
        return new Skp(planId, employeeId, regionId, agencyId, unitId, penilaiId, year, approach, SkpStatus.DRAFT,
                null, content, null, false, 1);
    }

    /** The content awaiting a decision or being drafted: the proposal during a revision, else the plan itself. */
    public List<Rhk> pending() {
        return approvedVersionInForce ? proposal : rhk;
    }

    /** Replaces the drafted content; a rejected plan becomes a draft again. */
    public Skp edit(List<Rhk> content) {
        if (status != SkpStatus.DRAFT && status != SkpStatus.REJECTED) {
            throw new PlanRuleViolation("plan-not-editable", "An SKP in status " + status + " cannot be edited; "
                    + "only DRAFT or REJECTED can (an approved SKP is changed by a revision).");
        }
        return approvedVersionInForce ? next(SkpStatus.DRAFT, null, rhk, content, true)
                : next(SkpStatus.DRAFT, null, content, null, false);
    }

    public Skp submit() {
        if (status != SkpStatus.DRAFT) {
            throw new PlanRuleViolation("plan-not-submittable", "An SKP in status " + status
                    + " cannot be submitted; only a DRAFT can (edit a rejected SKP first).");
        }
        return next(approvedVersionInForce ? SkpStatus.REVISION_SUBMITTED : SkpStatus.SUBMITTED, null, rhk,
                proposal, approvedVersionInForce);
    }

    /** A mid-year revision of an approved plan; the approved version stays in force until the revision is approved. */
    public Skp submitRevision(List<Rhk> content) {
        if (status != SkpStatus.APPROVED) {
            throw new PlanRuleViolation("plan-not-approved", "Only an APPROVED SKP can be revised; this one is "
                    + status + ".");
        }
        return next(SkpStatus.REVISION_SUBMITTED, null, rhk, content, true);
    }

    public Skp approve() {
        requireAwaitingDecision("approved");
        return next(SkpStatus.APPROVED, null, pending(), null, true);
    }

    public Skp reject(String note) {
        requireAwaitingDecision("rejected");
        if (note == null || note.isBlank()) {
            throw new PlanRuleViolation("rejection-note-required", "A rejection needs a note saying what to change.");
        }
        return next(SkpStatus.REJECTED, note.strip(), rhk, proposal, approvedVersionInForce);
    }

    private void requireAwaitingDecision(String what) {
        if (!status.awaitsDecision()) {
            throw new PlanRuleViolation("plan-not-awaiting-decision", "An SKP in status " + status + " cannot be "
                    + what + "; it must be SUBMITTED or REVISION_SUBMITTED.");
        }
    }

    private Skp next(SkpStatus nextStatus, String note, List<Rhk> inForce, List<Rhk> nextProposal,
            boolean approved) {
        return new Skp(planId, employeeId, regionId, agencyId, unitId, penilaiId, year, approach, nextStatus, note,
                inForce, nextProposal, approved, version + 1);
    }
}
