package org.kinerja.planning.adapter.in.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kinerja.planning.application.ManagePlans;
import org.kinerja.planning.domain.Indicator;
import org.kinerja.planning.domain.Skp;
import org.kinerja.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** SKP plans: create, submit, approve, reject, read. */
@Tag(name = "SKP", description = "Employees' yearly plans (SKP) with their RHK and indicators: drafting, approval, revision")
@RestController
@RequestMapping("/api/planning/plans")
class PlanController {

    private final ManagePlans plans;

    PlanController(ManagePlans plans) {
        this.plans = plans;
    }

    @Operation(summary = "Start an employee's SKP for a year")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Skp create(Caller caller, @Valid @RequestBody PlanRequests.CreatePlan request) {
        return plans.create(caller, new ManagePlans.NewPlan(request.employeeId(), request.year(), request.approach(),
                content(request.rhk())));
    }

    /** Replaces the content of a DRAFT or REJECTED SKP (a rejected one becomes a DRAFT). */
    @Operation(summary = "Replace a draft SKP's RHK and indicators")
    @PutMapping("/{planId}/content")
    Skp edit(Caller caller, @PathVariable String planId, @Valid @RequestBody PlanRequests.Content body) {
        return plans.edit(caller, planId, content(body.rhk()));
    }

    /** Submits a revision of an APPROVED SKP; the approved version stays in force until the revision is approved. */
    @Operation(summary = "Revise an approved SKP (back to the penilai for approval)")
    @PostMapping("/{planId}/revision")
    Skp revise(Caller caller, @PathVariable String planId, @Valid @RequestBody PlanRequests.Content body) {
        return plans.revise(caller, planId, content(body.rhk()));
    }

    private static List<ManagePlans.NewRhk> content(List<PlanRequests.CreateRhk> rhk) {
        return rhk.stream().map(r -> new ManagePlans.NewRhk(r.rhkId(), r.kind(), r.parentRhkId(), r.description(),
                r.indicators().stream().map(i -> new ManagePlans.NewIndicator(i.indicatorId(), i.description(),
                        i.aspect(), i.target(), i.unit(), i.polarity(), i.aggregation(), i.periodTargets() == null
                                ? List.of() : i.periodTargets().stream().map(t -> new Indicator.PeriodTarget(
                                        t.period(), t.target(), t.description())).toList(), i.capaianSource(),
                        i.evidenceRequired())).toList())).toList();
    }

    @Operation(summary = "Read an SKP")
    @GetMapping("/{planId}")
    Skp get(Caller caller, @PathVariable String planId) {
        return plans.find(caller, planId);
    }

    @Operation(summary = "Submit an SKP to the penilai")
    @PostMapping("/{planId}/submit")
    Skp submit(Caller caller, @PathVariable String planId) {
        return plans.submit(caller, planId);
    }

    @Operation(summary = "Approve a submitted SKP")
    @PostMapping("/{planId}/approve")
    Skp approve(Caller caller, @PathVariable String planId) {
        return plans.approve(caller, planId);
    }

    @Operation(summary = "Send a submitted SKP back with a note")
    @PostMapping("/{planId}/reject")
    Skp reject(Caller caller, @PathVariable String planId, @Valid @RequestBody PlanRequests.Rejection rejection) {
        return plans.reject(caller, planId, rejection.note());
    }
}
