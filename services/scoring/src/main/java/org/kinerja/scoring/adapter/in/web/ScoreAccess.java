package org.kinerja.scoring.adapter.in.web;

import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.scoring.application.EmployeeOversight;
import org.kinerja.scoring.application.ScoreView;

/**
 * Who reads what: an employee's scores the employee, their penilai and atasan penilai, their agency's HR operators,
 * the region's administrator and leaders (never a colleague), decided before anything is looked up so an outsider
 * gets the same 403 whether or not there are scores; anyone of an agency that agency's units; the region's
 * administrator and leaders everything, including region-wide rollups.
 */
final class ScoreAccess {

    /** The periods scoring knows: a year, a month or a quarter. */
    static final String PERIOD = "\\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?";
    static final String PERIOD_MESSAGE = "must be yyyy, yyyy-mm or yyyy-Qn";

    private ScoreAccess() {
    }

    static void requirePersonal(Caller caller, String employeeId, ScoreView view) {
        if (!caller.readsPersonalFiguresOf(employeeId, () -> view.oversight(employeeId)
                .map(EmployeeOversight::overseen))) {
            throw Refusal.notAllowed("not-your-agency", "The scores of employee " + employeeId + " are for the "
                    + "employee, their penilai and atasan penilai, their agency's HR operators, the region's "
                    + "administrator and its leaders.");
        }
    }

    /** Decided before the figures are looked up: another agency gets 403 whether or not the unit has any. */
    static void requireUnit(Caller caller, String unitId, ScoreView view) {
        if (caller.readsRegion()) {
            return;
        }
        String agency = view.agencyOfUnit(unitId).orElse(null);
        if (agency == null || !caller.readsAgency(agency)) {
            throw Refusal.notAllowed("not-your-agency", "The figures of unit '" + unitId + "' are for its agency, "
                    + "the region's administrator and its leaders.");
        }
    }

    static void requireAgency(Caller caller, String agencyId) {
        if (!caller.readsAgency(agencyId)) {
            throw notYourAgency(agencyId);
        }
    }

    static void requireRegion(Caller caller) {
        if (!caller.readsRegion()) {
            throw Refusal.notAllowed("region-readers-only",
                    "Region-wide figures are for the region's administrator and leaders.");
        }
    }

    private static Refusal notYourAgency(String agencyId) {
        return Refusal.notAllowed("not-your-agency", "Scores of agency '" + agencyId
                + "' are visible to that agency, the region's administrator and its leaders.");
    }
}
