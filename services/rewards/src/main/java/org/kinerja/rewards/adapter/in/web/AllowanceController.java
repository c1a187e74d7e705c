package org.kinerja.rewards.adapter.in.web;

import java.util.List;

import org.kinerja.platform.security.Caller;
import org.kinerja.platform.web.ApiProblem;
import org.kinerja.rewards.application.AngkaKreditYear;
import org.kinerja.rewards.application.EmployeeDirectory;
import org.kinerja.rewards.application.TppLedger;
import org.kinerja.rewards.application.TppMonth;
import org.kinerja.rewards.domain.EmployeeProfile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An employee's TPP per month, with its inputs and the breakdown to check it by hand, and their yearly angka kredit.
 * Visible to the employee, to their agency, and to the region's administrator and leaders.
 */
@RestController
@RequestMapping("/api/rewards/employees/{employeeId}")
class AllowanceController {

    private final TppLedger ledger;
    private final EmployeeDirectory directory;

    AllowanceController(TppLedger ledger, EmployeeDirectory directory) {
        this.ledger = ledger;
        this.directory = directory;
    }

    @GetMapping("/tpp")
    List<TppMonth> tpp(Caller caller, @PathVariable String employeeId) {
        requireMayRead(caller, employeeId);
        return ledger.monthsOf(employeeId);
    }

    @GetMapping("/tpp/{month}")
    TppMonth tppOf(Caller caller, @PathVariable String employeeId, @PathVariable String month) {
        requireMayRead(caller, employeeId);
        return ledger.month(employeeId, month).orElseThrow(() -> ApiProblem.notFound("tpp-not-found",
                "No TPP input for employee " + employeeId + " in " + month + " yet."));
    }

    @GetMapping("/angka-kredit")
    List<AngkaKreditYear> angkaKredit(Caller caller, @PathVariable String employeeId) {
        requireMayRead(caller, employeeId);
        return ledger.yearsOf(employeeId);
    }

    private void requireMayRead(Caller caller, String employeeId) {
        if (caller.isEmployee(employeeId) || caller.readsRegion()) {
            return;
        }
        EmployeeProfile employee = directory.find(employeeId).orElseThrow(() -> ApiProblem.notFound(
                "unknown-employee", "Employee " + employeeId + " is not known to rewards (yet)."));
        if (!caller.readsAgency(employee.agencyId())) {
            throw ApiProblem.forbidden("not-your-agency", "Allowances of agency '" + employee.agencyId()
                    + "' are visible to that agency, the region's administrator and its leaders.");
        }
    }
}
