package org.kinerja.planning.adapter.in.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinerja.planning.application.ManagePlans;
import org.kinerja.planning.domain.Skp;
import org.kinerja.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An employee's SKPs of every year: their history, and what their subject-access export holds of planning. */
@Tag(name = "SKP")
@RestController
class EmployeePlanController {

    private final ManagePlans plans;

    EmployeePlanController(ManagePlans plans) {
        this.plans = plans;
    }

    @Operation(summary = "List an employee's SKPs of every year")
    @GetMapping("/api/planning/employees/{employeeId}/plans")
    List<Skp> plans(Caller caller, @PathVariable String employeeId) {
        return plans.ofEmployee(caller, employeeId);
    }
}
