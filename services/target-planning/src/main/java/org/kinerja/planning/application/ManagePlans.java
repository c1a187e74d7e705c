package org.kinerja.planning.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kinerja.planning.domain.Indicator;
import org.kinerja.planning.domain.PlanEnums;
import org.kinerja.planning.domain.Rhk;
import org.kinerja.planning.domain.Skp;
import org.kinerja.planning.domain.SkpStatus;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.security.Caller;
import org.kinerja.platform.web.ApiProblem;

/**
 * The SKP use cases: an employee drafts and submits their own plan; only their own pejabat penilai approves or rejects
 * it. Approval publishes the whole plan.
 */
public class ManagePlans {

    /** A new plan as the employee writes it. */
    public record NewPlan(String employeeId, int year, PlanEnums.Approach approach, List<NewRhk> rhk) {
    }

    public record NewRhk(PlanEnums.RhkKind kind, String description, List<NewIndicator> indicators) {
    }

    public record NewIndicator(String description, PlanEnums.Aspect aspect, BigDecimal target, String unit,
            PlanEnums.Polarity polarity, PlanEnums.Aggregation aggregation) {
    }

    private final PlanStore plans;
    private final EmployeeDirectory employees;
    private final PlanEvents events;
    private final Clock clock;

    public ManagePlans(PlanStore plans, EmployeeDirectory employees, String region, Clock clock) {
        this.plans = plans;
        this.employees = employees;
        this.events = new PlanEvents(region);
        this.clock = clock;
    }

    public Skp create(Caller caller, NewPlan request) {
        EmployeeDirectory.EmployeeRef employee = employee(request.employeeId());
        if (!caller.isEmployee(employee.employeeId()) && !caller.actsForAgency(employee.agencyId())) {
            throw ApiProblem.forbidden("not-your-plan", "An SKP is written by the employee themselves (or their "
                    + "agency's operator).");
        }
        String planId = Skp.idFor(employee.employeeId(), request.year());
        Skp plan = new Skp(planId, employee.employeeId(), employee.regionId(), employee.agencyId(),
                employee.unitId(), employee.penilaiId(), request.year(), request.approach(), SkpStatus.DRAFT, null,
                numbered(planId, request.rhk()), 1);
        if (!plans.insert(plan)) {
            throw ApiProblem.conflict("plan-exists", "Employee " + employee.employeeId() + " already has an SKP for "
                    + request.year() + " (" + planId + ").");
        }
        return plan;
    }

    public Skp submit(Caller caller, String planId) {
        Skp plan = plan(planId);
        if (!caller.isEmployee(plan.employeeId())) {
            throw ApiProblem.forbidden("not-your-plan", "Only employee " + plan.employeeId()
                    + " may submit their SKP.");
        }
        return save(plan.submit(), Optional.empty());
    }

    public Skp approve(Caller caller, String planId) {
        Skp plan = plan(planId);
        requirePenilai(caller, plan);
        Skp approved = plan.approve();
        return save(approved, Optional.of(events.approved(approved, caller.subject(), clock.instant())));
    }

    public Skp reject(Caller caller, String planId, String note) {
        Skp plan = plan(planId);
        requirePenilai(caller, plan);
        return save(plan.reject(note), Optional.empty());
    }

    public Skp find(String planId) {
        return plan(planId);
    }

    private void requirePenilai(Caller caller, Skp plan) {
        String penilai = employees.find(plan.employeeId()).map(EmployeeDirectory.EmployeeRef::penilaiId)
                .orElse(plan.penilaiId());
        if (penilai == null || !caller.isEmployee(penilai)) {
            throw ApiProblem.forbidden("not-the-penilai", "Only the pejabat penilai of employee "
                    + plan.employeeId() + " may decide on this SKP.");
        }
    }

    private Skp save(Skp next, Optional<OutgoingEvent> event) {
        if (!plans.update(next, event)) {
            throw ApiProblem.conflict("plan-changed", "The SKP was changed by someone else meanwhile; reload it.");
        }
        return next;
    }

    private Skp plan(String planId) {
        return plans.find(planId).orElseThrow(() -> ApiProblem.notFound("plan-not-found", "No SKP '" + planId
                + "'."));
    }

    private EmployeeDirectory.EmployeeRef employee(String employeeId) {
        EmployeeDirectory.EmployeeRef employee = employees.find(employeeId).orElseThrow(() -> ApiProblem
                .unprocessable("unknown-employee", "Employee " + employeeId
                        + " is not registered (or the registry's event has not arrived yet)."));
        if (!employee.active()) {
            throw ApiProblem.unprocessable("employee-inactive", "Employee " + employeeId + " is deactivated.");
        }
        return employee;
    }

    private static List<Rhk> numbered(String planId, List<NewRhk> rhk) {
        List<Rhk> result = new ArrayList<>();
        for (int r = 0; r < rhk.size(); r++) {
            String rhkId = planId + "-rhk-" + (r + 1);
            List<Indicator> indicators = new ArrayList<>();
            List<NewIndicator> wanted = rhk.get(r).indicators();
            for (int i = 0; i < wanted.size(); i++) {
                NewIndicator n = wanted.get(i);
                indicators.add(new Indicator(rhkId + "-iki-" + (i + 1), n.description(), n.aspect(), n.target(),
                        n.unit(), n.polarity(), n.aggregation()));
            }
            result.add(new Rhk(rhkId, rhk.get(r).kind(), rhk.get(r).description(), indicators));
        }
        return result;
    }
}
