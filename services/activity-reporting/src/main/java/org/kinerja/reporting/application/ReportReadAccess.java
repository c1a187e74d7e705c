package org.kinerja.reporting.application;

import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.platform.security.Overseen;
import org.kinerja.reporting.domain.ReportRules;

/**
 * Who reads an employee's daily reports and realisations, decided before anything is looked up so an outsider gets
 * the same 403 whether or not there is anything to read: the employee, their penilai and atasan penilai, their
 * agency's HR operators, the region's administrator and leaders, and the agency's own system, which submits them and
 * reads back what became of them; not a colleague.
 */
public class ReportReadAccess {

    private final ReportingDirectory directory;

    public ReportReadAccess(ReportingDirectory directory) {
        this.directory = directory;
    }

    public void requirePersonal(Caller caller, String employeeId) {
        boolean allowed = caller.isEmployee(employeeId) || caller.readsRegion()
                || directory.findEmployee(employeeId).map(employee -> readsOrActsFor(caller, employee)).orElse(false);
        if (!allowed) {
            throw Refusal.notAllowed("not-your-agency", "The reports of employee " + employeeId + " are for the "
                    + "employee, their penilai and atasan penilai, their agency's HR operators, the region's "
                    + "administrator and its leaders.");
        }
    }

    /** The employee's readers and their agency's operators and system (what reporting's reads allow). */
    static boolean readsOrActsFor(Caller caller, ReportRules.KnownEmployee employee) {
        return caller.readsPersonalFiguresOf(new Overseen(employee.employeeId(), employee.agencyId(),
                employee.penilaiId(), employee.atasanPenilaiId())) || caller.actsForAgency(employee.agencyId());
    }
}
