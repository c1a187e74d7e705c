package org.kinerja.rewards.adapter.in.web;

import java.util.List;

import org.kinerja.platform.security.Caller;
import org.kinerja.platform.web.ApiProblem;
import org.kinerja.rewards.application.FollowUpStore;
import org.kinerja.rewards.domain.FollowUp;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An employee's follow-ups, per period. */
@RestController
@RequestMapping("/api/rewards/employees/{employeeId}/follow-ups")
class FollowUpController {

    private final FollowUpStore store;

    FollowUpController(FollowUpStore store) {
        this.store = store;
    }

    @GetMapping
    List<FollowUp> followUps(Caller caller, @PathVariable String employeeId) {
        List<FollowUp> found = store.ofEmployee(employeeId);
        found.stream().findFirst().ifPresent(f -> {
            if (!caller.isEmployee(employeeId) && !caller.isAdmin() && !f.agencyId().equals(caller.agencyId())) {
                throw ApiProblem.forbidden("not-your-agency", "Follow-ups of agency '" + f.agencyId()
                        + "' are visible to that agency and the administrator.");
            }
        });
        return found;
    }
}
