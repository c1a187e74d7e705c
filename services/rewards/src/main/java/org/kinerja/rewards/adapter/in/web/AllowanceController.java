package org.kinerja.rewards.adapter.in.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.rewards.application.AngkaKreditYear;
import org.kinerja.rewards.application.EmployeeDirectory;
import org.kinerja.rewards.application.FollowUpReadAccess;
import org.kinerja.rewards.application.TppLedger;
import org.kinerja.rewards.application.TppMonth;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An employee's TPP per month, with its inputs and the breakdown to check it by hand, and their yearly angka kredit.
 * Visible to the employee, their penilai and atasan penilai, their agency's HR operators, and to the region's
 * administrator and leaders ({@link FollowUpReadAccess}).
 */
@Tag(name = "Allowances", description = "TPP per month and angka kredit, with their breakdown")
@RestController
@RequestMapping("/api/rewards/employees/{employeeId}")
class AllowanceController {

    private final TppLedger ledger;
    private final FollowUpReadAccess access;

    AllowanceController(TppLedger ledger, EmployeeDirectory directory) {
        this.ledger = ledger;
        this.access = new FollowUpReadAccess(directory);
    }

    @Operation(summary = "List an employee's TPP months")
    @GetMapping("/tpp")
    List<TppMonth> tpp(Caller caller, @PathVariable String employeeId) {
        requireMayRead(caller, employeeId);
        return ledger.monthsOf(employeeId);
    }

    @Operation(summary = "Read an employee's TPP for a month with its breakdown")
    @GetMapping("/tpp/{month}")
    TppMonth tppOf(Caller caller, @PathVariable String employeeId, @PathVariable String month) {
        requireMayRead(caller, employeeId);
        return ledger.month(employeeId, month).orElseThrow(() -> Refusal.notFound("tpp-not-found",
                "No TPP input for employee " + employeeId + " in " + month + " yet."));
    }

    @Operation(summary = "Read an employee's angka kredit (JF)")
    @GetMapping("/angka-kredit")
    List<AngkaKreditYear> angkaKredit(Caller caller, @PathVariable String employeeId) {
        requireMayRead(caller, employeeId);
        return ledger.yearsOf(employeeId);
    }

    private void requireMayRead(Caller caller, String employeeId) {
        access.requirePersonal(caller, employeeId);
    }
}
