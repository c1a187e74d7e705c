package org.kinerja.registry.application;

import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.registry.domain.Employee;

/**
 * A penilai named explicitly instead of following the unit tree (an override): the administrator's decision alone,
 * in a registration (the API or a CSV import) as in the override call, and only someone of the employee's own
 * agency, who then approves that employee's SKP and rates them.
 */
final class ExplicitPenilai {

    private ExplicitPenilai() {
    }

    static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw Refusal.notAllowed("admin-only", "Only the region's administrator may name a penilai instead "
                    + "of the unit tree's; leave penilaiId out and the unit's head becomes the penilai.");
        }
    }

    static void requireSameAgency(Employee chosen, String agencyId, String role) {
        if (!chosen.agencyId().equals(agencyId)) {
            throw Refusal.invalid("penilai-of-another-agency", "The " + role + " '" + chosen.employeeId()
                    + "' belongs to agency '" + chosen.agencyId() + "', not to '" + agencyId + "', the employee's.");
        }
    }
}
