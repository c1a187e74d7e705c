package org.kinerja.planning.application;

import java.util.HashSet;
import java.util.Set;

import org.kinerja.planning.domain.Rhk;
import org.kinerja.planning.domain.Skp;
import org.kinerja.planning.domain.SkpStatus;
import org.kinerja.platform.refusal.Refusal;

/**
 * The cascade: every RHK supports ("intervenes") an approved RHK of the employee's actual superior, and the RHK of
 * the head of an OPD come from the agency's performance agreement. A link that points elsewhere is refused when the
 * plan is submitted. Whether every RHK must have a link is a per-region setting (KINERJA_REQUIRE_CASCADING).
 */
public class CascadeCheck {

    private final PlanStore plans;
    private final OrganisationPlanStore organisation;
    private final boolean required;

    public CascadeCheck(PlanStore plans, OrganisationPlanStore organisation, boolean required) {
        this.plans = plans;
        this.organisation = organisation;
        this.required = required;
    }

    /** {@code penilaiId}: whose approved RHK the plan cascades from; null for an OPD head (the agreement). */
    public void check(Skp plan, String penilaiId) {
        Set<String> allowed = allowedParents(plan, penilaiId);
        for (Rhk rhk : plan.pending()) {
            if (rhk.parentRhkId() == null) {
                if (required) {
                    throw Refusal.invalid("cascade-required", "RHK '" + rhk.description() + "' must name "
                            + "the superior's RHK (or the performance-agreement target) it supports.");
                }
                continue;
            }
            if (!allowed.contains(rhk.parentRhkId())) {
                throw Refusal.invalid("invalid-cascade", "RHK '" + rhk.description() + "' links to '"
                        + rhk.parentRhkId() + "', which is not " + (penilaiId == null
                                ? "a target of agency '" + plan.agencyId() + "''s performance agreement for "
                                        + plan.year()
                                : "an approved RHK of the superior (" + penilaiId + ") for " + plan.year()) + ".");
            }
        }
    }

    private Set<String> allowedParents(Skp plan, String penilaiId) {
        Set<String> allowed = new HashSet<>();
        if (penilaiId == null) {
            organisation.agreement(plan.agencyId(), plan.year())
                    .ifPresent(a -> a.targets().forEach(t -> allowed.add(t.targetId())));
            return allowed;
        }
        plans.find(Skp.idFor(penilaiId, plan.year()))
                .filter(superior -> superior.approvedVersionInForce() || superior.status() == SkpStatus.APPROVED)
                .ifPresent(superior -> superior.rhk().forEach(r -> allowed.add(r.rhkId())));
        return allowed;
    }
}
