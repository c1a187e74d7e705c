package org.kinerja.planning.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kinerja.planning.domain.Indicator;
import org.kinerja.planning.domain.PlanEnums;
import org.kinerja.planning.domain.Rhk;
import org.kinerja.planning.domain.Skp;
import org.kinerja.planning.domain.SkpStatus;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.platform.security.Role;

/**
 * The SKP use cases: an employee drafts, edits, submits and revises their own plan; only their own pejabat penilai
 * approves or rejects it. Every transition is a PlanStatusChanged event; every approval also publishes the whole
 * approved content (PlanApproved), which is what reporting and scoring work from.
 */
public class ManagePlans {

    /** A new plan as the employee writes it. */
    public record NewPlan(String employeeId, int year, PlanEnums.Approach approach, List<NewRhk> rhk) {
    }

    /** An RHK as written; {@code rhkId} keeps an existing RHK's id in an edit or revision (null for a new one). */
    public record NewRhk(String rhkId, PlanEnums.RhkKind kind, String parentRhkId, String description,
            List<NewIndicator> indicators) {
    }

    /** An indicator as written; {@code indicatorId} keeps an existing indicator (and its reports) in a revision. */
    public record NewIndicator(String indicatorId, String description, PlanEnums.Aspect aspect, BigDecimal target,
            String unit, PlanEnums.Polarity polarity, PlanEnums.Aggregation aggregation,
            List<Indicator.PeriodTarget> periodTargets, PlanEnums.CapaianSource capaianSource,
            Boolean evidenceRequired) {
    }

    private final PlanStore plans;
    private final EmployeeDirectory employees;
    private final CascadeCheck cascade;
    private final PlanEvents events;
    private final Clock clock;

    public ManagePlans(PlanStore plans, EmployeeDirectory employees, CascadeCheck cascade, String region,
            Clock clock) {
        this.plans = plans;
        this.employees = employees;
        this.cascade = cascade;
        this.events = new PlanEvents(region);
        this.clock = clock;
    }

    public Skp create(Caller caller, NewPlan request) {
        EmployeeDirectory.EmployeeRef employee = employee(request.employeeId());
        if (!caller.isEmployee(employee.employeeId()) && !caller.actsForAgency(employee.agencyId())) {
            throw Refusal.notAllowed("not-your-plan", "An SKP is written by the employee themselves (or their "
                    + "agency's operator).");
        }
        String planId = Skp.idFor(employee.employeeId(), request.year());
        Skp plan = Skp.draft(planId, employee.employeeId(), employee.regionId(), employee.agencyId(),
                employee.unitId(), employee.penilaiId(), request.year(), request.approach(),
                numbered(planId, 1, request.rhk(), Set.of()));
        if (!plans.insert(plan, events.statusChanged(null, plan, caller.subject(), null, clock.instant()))) {
            throw Refusal.conflict("plan-exists", "Employee " + employee.employeeId() + " already has an SKP for "
                    + request.year() + " (" + planId + ").");
        }
        return plan;
    }

    public Skp submit(Caller caller, String planId) {
        Skp plan = ownPlan(caller, planId);
        Skp submitted = plan.submit();
        cascade.check(submitted, cascadesFrom(submitted));
        return save(caller, plan, submitted);
    }

    /** Replaces the content of a draft or rejected plan (a rejected plan becomes a draft again). */
    public Skp edit(Caller caller, String planId, List<NewRhk> content) {
        Skp plan = ownPlan(caller, planId);
        return save(caller, plan, plan.edit(numbered(plan, content)));
    }

    /** Submits a mid-year revision of an approved plan; the approved version stays in force meanwhile. */
    public Skp revise(Caller caller, String planId, List<NewRhk> content) {
        Skp plan = ownPlan(caller, planId);
        Skp revision = plan.submitRevision(numbered(plan, content));
        cascade.check(revision, cascadesFrom(revision));
        return save(caller, plan, revision);
    }

    public Skp approve(Caller caller, String planId) {
        Skp plan = plan(planId);
        requirePenilai(caller, plan);
        return save(caller, plan, plan.approve());
    }

    public Skp reject(Caller caller, String planId, String note) {
        Skp plan = plan(planId);
        requirePenilai(caller, plan);
        return save(caller, plan, plan.reject(note));
    }

    /**
     * The SKPs of the year of everyone {@code penilaiId} rates (those written so far): their work list. Read by the
     * penilai themselves, their agency's HR operator, the region's administrator and leaders.
     */
    public List<Skp> ofStaffOf(Caller caller, String penilaiId, int year) {
        if (!caller.readsWorkListOf(penilaiId, () -> employees.find(penilaiId)
                .map(EmployeeDirectory.EmployeeRef::agencyId))) {
            throw Refusal.notAllowed("not-your-appraisees", "The SKPs of the staff of " + penilaiId + " are read by "
                    + penilaiId + ", their agency's HR operator and the region's administrator and leaders.");
        }
        return employees.ratedBy(penilaiId).stream().map(e -> plans.find(Skp.idFor(e.employeeId(), year)))
                .flatMap(Optional::stream).toList();
    }

    /**
     * Every SKP of the employee, of every year (the subject-access export's SKPs): read by whoever may read each of
     * them, as {@link #find} decides.
     */
    public List<Skp> ofEmployee(Caller caller, String employeeId) {
        if (!caller.readsRegion() && !mayRead(caller, employeeId)) {
            throw Refusal.notAllowed("not-your-plan", "The SKPs of " + employeeId + " are for the employee, their "
                    + "penilai and atasan penilai, their agency's HR operators, the region's administrator and its "
                    + "leaders.");
        }
        return plans.ofEmployee(employeeId);
    }

    /**
     * An SKP is read by whoever reads its employee's personal figures (the employee, their penilai and atasan
     * penilai, their agency's HR operators, the administrator and leaders) and by the employees whose own SKP
     * cascades from it (their penilai's is this one). Decided before the plan is looked up where the plan id names
     * its employee ({@code skp-<year>-<nip>}), so another agency gets 403 whether or not the plan exists.
     */
    public Skp find(Caller caller, String planId) {
        Optional<Skp> found = plans.find(planId);
        String owner = found.map(Skp::employeeId).orElseGet(() -> ownerNamedIn(planId));
        if (!caller.readsRegion() && !mayRead(caller, owner)) {
            throw Refusal.notAllowed("not-your-plan", "SKP " + planId + " is for its employee, their penilai and "
                    + "atasan penilai, the employees it cascades to, their agency's HR operators, the region's "
                    + "administrator and its leaders.");
        }
        return found.orElseThrow(() -> Refusal.notFound("plan-not-found", "No plan " + planId + "."));
    }

    private boolean mayRead(Caller caller, String owner) {
        if (owner == null) {
            return false;
        }
        if (caller.isEmployee(owner)) {
            return true;
        }
        Optional<EmployeeDirectory.EmployeeRef> employee = employees.find(owner);
        if (employee.map(e -> caller.readsPersonalFiguresOf(e.overseen())).orElse(false)) {
            return true;
        }
        boolean cascadesFromIt = caller.has(Role.EMPLOYEE) && employees.find(caller.subject())
                .map(EmployeeDirectory.EmployeeRef::penilaiId).filter(owner::equals).isPresent();
        return cascadesFromIt;
    }

    private static String ownerNamedIn(String planId) {
        String[] parts = planId.split("-", 3);
        return parts.length == 3 && parts[0].equals("skp") ? parts[2] : null;
    }

    private String currentPenilai(Skp plan) {
        return employees.find(plan.employeeId()).map(EmployeeDirectory.EmployeeRef::penilaiId)
                .orElse(plan.penilaiId());
    }

    /**
     * Whose approved RHK the plan cascades from: the penilai's, except for the head of an OPD, whose RHK come from the
     * agency's performance agreement (null here), whoever rates them (the Sekda or the kepala daerah).
     */
    private String cascadesFrom(Skp plan) {
        boolean headsAnOpd = employees.find(plan.employeeId()).filter(EmployeeDirectory.EmployeeRef::headOfUnit)
                .flatMap(e -> employees.findUnit(e.unitId())).map(u -> u.parentUnitId() == null).orElse(false);
        return headsAnOpd ? null : currentPenilai(plan);
    }

    private void requirePenilai(Caller caller, Skp plan) {
        String penilai = currentPenilai(plan);
        if (penilai == null && caller.isAdmin()) {
            // The head of an OPD in a region whose leadership is not recorded yet: the administrator records the
            // regional leadership's decision.
            return;
        }
        if (!caller.decidesAs(penilai)) {
            throw Refusal.notAllowed("not-the-penilai", "Only the pejabat penilai of employee "
                    + plan.employeeId() + " may decide on this SKP.");
        }
    }

    private Skp ownPlan(Caller caller, String planId) {
        Skp plan = plan(planId);
        if (!caller.isEmployee(plan.employeeId())) {
            throw Refusal.notAllowed("not-your-plan", "Only employee " + plan.employeeId()
                    + " may change or submit their SKP.");
        }
        return plan;
    }

    private Skp save(Caller caller, Skp previous, Skp next) {
        Instant now = clock.instant();
        List<OutgoingEvent> changes = new ArrayList<>();
        boolean decision = next.status() == SkpStatus.APPROVED || next.status() == SkpStatus.REJECTED;
        String onBehalfOf = decision ? caller.recordsDecisionOf(currentPenilai(next)).orElse(null) : null;
        changes.add(events.statusChanged(previous, next, caller.subject(), onBehalfOf, now));
        if (next.status() == SkpStatus.APPROVED) {
            changes.add(events.approved(next, caller.subject(), now));
        }
        if (!plans.update(next, changes)) {
            throw Refusal.conflict("plan-changed", "The SKP was changed by someone else meanwhile; reload it.");
        }
        return next;
    }

    private Skp plan(String planId) {
        return plans.find(planId).orElseThrow(() -> Refusal.notFound("plan-not-found", "No SKP '" + planId
                + "'."));
    }

    private EmployeeDirectory.EmployeeRef employee(String employeeId) {
        EmployeeDirectory.EmployeeRef employee = employees.find(employeeId).orElseThrow(() -> Refusal
                .invalid("unknown-employee", "Employee " + employeeId
                        + " is not registered (or the registry's event has not arrived yet)."));
        if (!employee.active()) {
            throw Refusal.invalid("employee-inactive", "Employee " + employeeId + " is deactivated.");
        }
        return employee;
    }

    /**
     * Gives each RHK and indicator its id. The first content of a plan gets {@code <planId>-rhk-1-iki-1} and so on;
     * later content (an edit, a revision) is numbered from the plan version, so an indicator id is never reused for
     * another target: reports against the old version stay attached to what they reported on.
     */
    private static List<Rhk> numbered(Skp plan, List<NewRhk> rhk) {
        Set<String> known = new HashSet<>();
        for (List<Rhk> content : java.util.Arrays.asList(plan.rhk(), plan.pending())) {
            if (content != null) {
                content.forEach(r -> {
                    known.add(r.rhkId());
                    r.indicators().forEach(i -> known.add(i.indicatorId()));
                });
            }
        }
        return numbered(plan.planId(), plan.version() + 1, rhk, known);
    }

    private static List<Rhk> numbered(String planId, long version, List<NewRhk> rhk, Set<String> known) {
        List<Rhk> result = new ArrayList<>();
        String prefix = version == 1 ? planId + "-rhk-" : planId + "-v" + version + "-rhk-";
        for (int r = 0; r < rhk.size(); r++) {
            String rhkId = kept(rhk.get(r).rhkId(), known, prefix + (r + 1));
            List<Indicator> indicators = new ArrayList<>();
            List<NewIndicator> wanted = rhk.get(r).indicators();
            for (int i = 0; i < wanted.size(); i++) {
                NewIndicator n = wanted.get(i);
                indicators.add(new Indicator(kept(n.indicatorId(), known, rhkId + "-iki-" + (i + 1)),
                        n.description(), n.aspect(), n.target(), n.unit(), n.polarity(), n.aggregation(),
                        n.periodTargets(), n.capaianSource(), n.evidenceRequired()));
            }
            result.add(new Rhk(rhkId, rhk.get(r).kind(), rhk.get(r).parentRhkId(), rhk.get(r).description(),
                    indicators));
        }
        return result;
    }

    /** An id the client asked to keep, if it names something of this plan; otherwise a fresh one. */
    private static String kept(String requested, Set<String> known, String fresh) {
        if (requested == null) {
            return fresh;
        }
        if (!known.contains(requested)) {
            throw Refusal.invalid("unknown-id", "'" + requested + "' is not an RHK or indicator of this "
                    + "SKP; leave the id out for a new one.");
        }
        return requested;
    }
}
