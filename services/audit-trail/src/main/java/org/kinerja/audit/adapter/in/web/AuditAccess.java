package org.kinerja.audit.adapter.in.web;

import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.platform.security.Role;

/**
 * Who reads what of the trail: the region's administrator and its inspectorate everything (and they verify it); an
 * employee the decisions about themselves; nobody else anything (a penilai reads their staff's SKPs and ratings in the
 * services that hold them, not the trail).
 */
final class AuditAccess {

    private AuditAccess() {
    }

    /** The employee whose entries alone the caller may read; null when the caller reads the whole trail. */
    static String readableEmployee(Caller caller, String askedEmployee) {
        if (caller.readsAuditTrail()) {
            return askedEmployee;
        }
        if (caller.has(Role.EMPLOYEE) && caller.subject() != null
                && (askedEmployee == null || askedEmployee.equals(caller.subject()))) {
            return caller.subject();
        }
        throw Refusal.notAllowed("audit-readers-only", "The audit trail is read by the region's administrator and "
                + "its inspectorate; an employee reads the decisions about themselves.");
    }

    static void requireInspector(Caller caller) {
        if (!caller.readsAuditTrail()) {
            throw Refusal.notAllowed("audit-inspectors-only",
                    "The trail's digests and its verification are for the region's administrator and inspectorate.");
        }
    }
}
