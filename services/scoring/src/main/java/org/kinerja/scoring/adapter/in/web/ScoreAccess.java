package org.kinerja.scoring.adapter.in.web;

import org.kinerja.platform.security.Caller;
import org.kinerja.platform.web.ApiProblem;

/**
 * Who reads what: an employee their own scores; anyone of an agency (its employees, supervisors, operators) that
 * agency's employees and units; the region's administrator and leaders everything, including region-wide rollups.
 */
final class ScoreAccess {

    /** The periods scoring knows: a year, a month or a quarter. */
    static final String PERIOD = "\\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?";
    static final String PERIOD_MESSAGE = "must be yyyy, yyyy-mm or yyyy-Qn";

    private ScoreAccess() {
    }

    static void requireEmployeeOrAgency(Caller caller, String employeeId, String agencyId) {
        if (!caller.readsEmployee(employeeId, agencyId)) {
            throw notYourAgency(agencyId);
        }
    }

    static void requireAgency(Caller caller, String agencyId) {
        if (!caller.readsAgency(agencyId)) {
            throw notYourAgency(agencyId);
        }
    }

    static void requireRegion(Caller caller) {
        if (!caller.readsRegion()) {
            throw ApiProblem.forbidden("region-readers-only",
                    "Region-wide figures are for the region's administrator and leaders.");
        }
    }

    private static ApiProblem notYourAgency(String agencyId) {
        return ApiProblem.forbidden("not-your-agency", "Scores of agency '" + agencyId
                + "' are visible to that agency, the region's administrator and its leaders.");
    }
}
