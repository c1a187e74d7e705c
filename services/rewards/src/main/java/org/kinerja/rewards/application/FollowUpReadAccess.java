package org.kinerja.rewards.application;

import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.platform.security.Overseen;
import org.kinerja.rewards.domain.EmployeeProfile;
import org.kinerja.rewards.domain.FollowUpIds;

/**
 * Who reads rewards' figures, decided before anything is looked up, so the answer to an outsider is the same 403
 * whether or not there is anything to read: an employee's TPP, angka kredit, rewards, coaching and follow-ups by the
 * employee, their penilai and atasan penilai, their agency's HR operators, the administrator and leaders (never a
 * colleague); a unit's or an agency's lists by that agency's people, the administrator and leaders.
 */
public class FollowUpReadAccess {

    private final EmployeeDirectory directory;

    public FollowUpReadAccess(EmployeeDirectory directory) {
        this.directory = directory;
    }

    public void requirePersonal(Caller caller, String employeeId) {
        if (!caller.readsPersonalFiguresOf(employeeId, () -> directory.find(employeeId)
                .map(FollowUpReadAccess::overseen))) {
            throw Refusal.notAllowed("not-your-agency", "The follow-up of employee " + employeeId + " is for the "
                    + "employee, their penilai and atasan penilai, their agency's HR operators, the region's "
                    + "administrator and its leaders.");
        }
    }

    /**
     * The caller reads the employee of a stored reward or case, or else the one its id names (see FollowUpIds), so an
     * id that names someone else's is refused whether or not it exists.
     */
    public void requirePersonal(Caller caller, java.util.Optional<String> storedEmployee, String id) {
        storedEmployee.or(() -> FollowUpIds.employeeNamedIn(id)).ifPresent(e -> requirePersonal(caller, e));
    }

    public void requireAgency(Caller caller, String agencyId) {
        if (!caller.readsAgency(agencyId)) {
            throw notYourAgency("agency '" + agencyId + "'");
        }
    }

    public void requireAgencyHr(Caller caller, String agencyId) {
        if (!caller.readsRegion() && !caller.isAgencyOperatorOf(agencyId)) {
            throw Refusal.notAllowed("not-your-agency", "The coaching cases of agency '" + agencyId + "' are for "
                    + "its HR operators, the region's administrator and its leaders.");
        }
    }

    public void requireUnit(Caller caller, String unitId) {
        if (caller.readsRegion()) {
            return;
        }
        boolean allowed = directory.agencyOfUnit(unitId).map(caller::readsAgency).orElse(false);
        if (!allowed) {
            throw notYourAgency("unit '" + unitId + "'");
        }
    }

    private static Refusal notYourAgency(String what) {
        return Refusal.notAllowed("not-your-agency", "The follow-up of " + what + " is for its agency, the "
                + "region's administrator and its leaders.");
    }

    static Overseen overseen(EmployeeProfile profile) {
        return new Overseen(profile.employeeId(), profile.agencyId(), profile.penilaiId(), profile.atasanPenilaiId());
    }
}
