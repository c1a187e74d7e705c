package org.kinerja.rewards.adapter.in.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinerja.platform.security.Caller;
import org.kinerja.rewards.application.EmployeeDirectory;
import org.kinerja.rewards.application.FollowUpReadAccess;
import org.kinerja.rewards.application.FollowUpStore;
import org.kinerja.rewards.domain.FollowUp;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An employee's follow-ups, per period. */
@Tag(name = "Follow-up")
@RestController
@RequestMapping("/api/rewards/employees/{employeeId}/follow-ups")
class FollowUpController {

    private final FollowUpStore store;

    private final FollowUpReadAccess access;

    FollowUpController(FollowUpStore store, EmployeeDirectory directory) {
        this.store = store;
        this.access = new FollowUpReadAccess(directory);
    }

    @Operation(summary = "List an employee's follow-ups (rewards, TPP, pembinaan) per period")
    @GetMapping
    List<FollowUp> followUps(Caller caller, @PathVariable String employeeId) {
        access.requirePersonal(caller, employeeId);
        return store.ofEmployee(employeeId);
    }
}
