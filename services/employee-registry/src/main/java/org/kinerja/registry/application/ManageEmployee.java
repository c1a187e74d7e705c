package org.kinerja.registry.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.registry.domain.Employee;
import org.kinerja.registry.domain.JfLevel;
import org.kinerja.registry.domain.PenilaiResolution;
import org.kinerja.registry.domain.PositionType;
import org.kinerja.registry.domain.Unit;

/**
 * Changes to a registered employee, each an EmployeeChanged event with the whole new state: data, transfer, position,
 * an explicit penilai (administrators only) and deactivation. When a change makes or unmakes a unit head, the penilai
 * of everyone below follows ({@link PenilaiReassessment}).
 */
public class ManageEmployee {

    private final RegistryStore store;
    private final RegistryEvents events;
    private final PenilaiReassessment penilai;
    private final Clock clock;

    public ManageEmployee(RegistryStore store, PenilaiReassessment penilai, String region, Clock clock) {
        this.store = store;
        this.events = new RegistryEvents(region);
        this.penilai = penilai;
        this.clock = clock;
    }

    public Employee update(Caller caller, String nip, String name, String rank, LocalDate from) {
        return change(caller, nip, e -> e.update(name, rank == null ? e.rank() : rank, effective(from)));
    }

    public Employee changePosition(Caller caller, String nip, PositionType type, JfLevel level, String rank,
            LocalDate from) {
        return change(caller, nip, e -> e.changePosition(type, level, rank, effective(from)));
    }

    public Employee transfer(Caller caller, String nip, String unitId, boolean head, LocalDate from) {
        Unit target = store.findUnit(unitId).orElseThrow(() -> Refusal.invalid("unknown-unit",
                "Unit '" + unitId + "' is not registered."));
        requireActsFor(caller, target.agencyId());
        if (head && store.headOf(unitId).filter(h -> !h.employeeId().equals(nip)).isPresent()) {
            throw Refusal.conflict("unit-has-head", "Unit '" + unitId + "' already has a head.");
        }
        Employee before = find(nip);
        Employee after = change(caller, nip, e -> e.transfer(target, head, effective(from)));
        LocalDate day = after.effectiveFrom();
        if (before.headOfUnit()) {
            penilai.reassess(before.unitId(), day);
        }
        if (after.headOfUnit()) {
            penilai.reassess(after.unitId(), day);
        } else {
            reassessSelf(after, day);
        }
        return find(nip);
    }

    /** Sets the penilai explicitly (the domain brief allows overrides); only the region's administrator may. */
    public Employee overridePenilai(Caller caller, String nip, String penilaiId, String atasanId, LocalDate from) {
        ExplicitPenilai.requireAdmin(caller);
        String agencyId = find(nip).agencyId();
        Employee chosen = find(penilaiId);
        ExplicitPenilai.requireSameAgency(chosen, agencyId, "penilai");
        if (atasanId != null) {
            ExplicitPenilai.requireSameAgency(find(atasanId), agencyId, "atasan penilai");
        }
        String atasan = atasanId != null ? atasanId : chosen.penilaiId();
        return change(caller, nip, e -> e.withPenilai(chosen.employeeId(), atasan, true, effective(from)));
    }

    public Employee deactivate(Caller caller, String nip, LocalDate from) {
        Employee before = find(nip);
        Employee after = change(caller, nip, e -> e.deactivate(effective(from)));
        if (before.headOfUnit()) {
            penilai.reassess(before.unitId(), after.effectiveFrom());
        }
        return after;
    }

    public Employee find(String nip) {
        return store.findEmployee(nip).orElseThrow(() -> Refusal.notFound("employee-not-found",
                "No employee with NIP " + nip + "."));
    }

    /**
     * The employee in full (rank, penilai, history) for the employee, their own agency and the region's readers; for
     * anyone else of the region only the staff directory's entry.
     */
    public Object visibleTo(Caller caller, String nip) {
        Employee employee = find(nip);
        return readsInFull(caller, employee) ? employee : StaffDirectoryEntry.of(employee);
    }

    /** The employee in full, or 403 for someone of another agency. */
    public Employee inFull(Caller caller, String nip) {
        Employee employee = find(nip);
        if (!readsInFull(caller, employee)) {
            throw Refusal.notAllowed("not-your-agency", "The history of employee " + nip + " is for the employee, "
                    + "agency '" + employee.agencyId() + "' and the region's administrator and leaders.");
        }
        return employee;
    }

    /** A unit's employees: in full for its agency and the region's readers, directory entries for anyone else. */
    public List<?> ofUnit(Caller caller, String unitId) {
        List<Employee> employees = store.employeesOfUnit(unitId);
        return employees.stream().map(e -> readsInFull(caller, e) ? e : StaffDirectoryEntry.of(e)).toList();
    }

    /**
     * Whom {@code penilaiId} evaluates, as penilai or atasan penilai: for the penilai themselves (the kepala daerah
     * under their {@code kdh-} id too), the HR operator of their agency, and the region's administrator and leaders.
     */
    public List<Appraisee> appraiseesOf(Caller caller, String penilaiId) {
        if (!caller.readsWorkListOf(penilaiId, () -> store.findEmployee(penilaiId).map(Employee::agencyId))) {
            throw Refusal.notAllowed("not-your-appraisees", "Whom " + penilaiId + " evaluates is read by "
                    + penilaiId + ", their agency's HR operator and the region's administrator and leaders.");
        }
        return store.appraiseesOf(penilaiId).stream().map(e -> Appraisee.of(e, penilaiId)).toList();
    }

    private static boolean readsInFull(Caller caller, Employee employee) {
        return caller.isEmployee(employee.employeeId()) || caller.readsAgency(employee.agencyId());
    }

    private Employee change(Caller caller, String nip, UnaryOperator<Employee> change) {
        Employee current = find(nip);
        requireActsFor(caller, current.agencyId());
        Employee next = change.apply(current);
        if (!store.updateEmployee(next, events.changed(current, next, clock.instant()))) {
            throw Refusal.conflict("employee-changed", "Employee " + nip + " was changed by someone else "
                    + "meanwhile; reload and retry.");
        }
        return next;
    }

    private void reassessSelf(Employee employee, LocalDate day) {
        if (employee.penilaiOverridden()) {
            return;
        }
        PenilaiResolution.Resolved resolved = penilai.resolve(employee.employeeId(), employee.unitId(), false);
        if (!employee.hasPenilai(resolved.penilaiId(), resolved.atasanPenilaiId())) {
            Employee next = employee.withPenilai(resolved.penilaiId(), resolved.atasanPenilaiId(), false, day);
            store.updateEmployee(next, events.changed(employee, next, clock.instant()));
        }
    }

    private void requireActsFor(Caller caller, String agencyId) {
        if (!caller.actsForAgency(agencyId)) {
            throw Refusal.notAllowed("not-your-agency", "Only agency '" + agencyId
                    + "' (or the administrator) may change its employees.");
        }
    }

    private LocalDate effective(LocalDate requested) {
        LocalDate today = LocalDate.now(clock);
        if (requested == null) {
            return today;
        }
        if (requested.isAfter(today)) {
            throw Refusal.invalid("effective-date-in-future", "A change takes effect today or on a past "
                    + "day, not on " + requested + ".");
        }
        return requested;
    }
}
