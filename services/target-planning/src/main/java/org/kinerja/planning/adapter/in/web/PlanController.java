package org.kinerja.planning.adapter.in.web;

import jakarta.validation.Valid;
import org.kinerja.planning.application.ManagePlans;
import org.kinerja.planning.domain.PlanRuleViolation;
import org.kinerja.planning.domain.Skp;
import org.kinerja.platform.security.Caller;
import org.kinerja.platform.web.ApiProblem;
import org.kinerja.platform.web.ProblemDetailsAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** SKP plans: create, submit, approve, reject, read. */
@RestController
@RequestMapping("/api/planning/plans")
class PlanController {

    private final ManagePlans plans;

    PlanController(ManagePlans plans) {
        this.plans = plans;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Skp create(Caller caller, @Valid @RequestBody PlanRequests.CreatePlan request) {
        return plans.create(caller, new ManagePlans.NewPlan(request.employeeId(), request.year(), request.approach(),
                request.rhk().stream().map(r -> new ManagePlans.NewRhk(r.kind(), r.description(),
                        r.indicators().stream().map(i -> new ManagePlans.NewIndicator(i.description(), i.aspect(),
                                i.target(), i.unit(), i.polarity(), i.aggregation())).toList())).toList()));
    }

    @GetMapping("/{planId}")
    Skp get(@PathVariable String planId) {
        return plans.find(planId);
    }

    @PostMapping("/{planId}/submit")
    Skp submit(Caller caller, @PathVariable String planId) {
        return plans.submit(caller, planId);
    }

    @PostMapping("/{planId}/approve")
    Skp approve(Caller caller, @PathVariable String planId) {
        return plans.approve(caller, planId);
    }

    @PostMapping("/{planId}/reject")
    Skp reject(Caller caller, @PathVariable String planId, @Valid @RequestBody PlanRequests.Rejection rejection) {
        return plans.reject(caller, planId, rejection.note());
    }

    @ExceptionHandler(PlanRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(PlanRuleViolation violation) {
        return ProblemDetailsAdvice.apiProblem(ApiProblem.unprocessable(violation.code(), violation.getMessage()));
    }
}
