package org.kinerja.registry.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kinerja.registry.domain.Employee;
import org.kinerja.registry.domain.PenilaiResolution;
import org.kinerja.registry.domain.Unit;

/**
 * Keeps every penilai and atasan penilai in step with the unit tree. When a unit's head changes (a head is registered,
 * transferred in or out, or deactivated), the unit's staff get a new penilai, the heads of its child units a new
 * penilai, and the child units' staff a new atasan penilai: each such change is its own PENILAI_CHANGED event.
 * Explicit overrides are left alone. Running it again changes nothing.
 */
public class PenilaiReassessment {

    private final RegistryStore store;
    private final RegistryEvents events;
    private final Clock clock;

    public PenilaiReassessment(RegistryStore store, String region, Clock clock) {
        this.store = store;
        this.events = new RegistryEvents(region);
        this.clock = clock;
    }

    /** The penilai and atasan penilai the tree gives an employee now. */
    public record Resolved(String penilaiId, String atasanPenilaiId) {
    }

    public Resolved resolve(String employeeId, String unitId, boolean headOfUnit) {
        Unit unit = store.findUnit(unitId).orElseThrow();
        Optional<String> penilai = PenilaiResolution.resolve(employeeId, headOfUnit, Optional.empty(),
                store.headOf(unitId).map(Employee::employeeId),
                Optional.ofNullable(unit.parentUnitId()).flatMap(store::headOf).map(Employee::employeeId));
        String atasan = penilai.flatMap(store::findEmployee).map(Employee::penilaiId).orElse(null);
        return new Resolved(penilai.orElse(null), atasan);
    }

    /** Re-resolves the unit's employees, then each child unit's head and staff; returns how many changed. */
    public int reassess(String unitId, LocalDate from) {
        int changed = reassessEmployees(unitId, from);
        for (Unit child : store.childUnits(unitId)) {
            changed += reassessEmployees(child.unitId(), from);
        }
        return changed;
    }

    private int reassessEmployees(String unitId, LocalDate from) {
        List<Employee> employees = new ArrayList<>(store.employeesOfUnit(unitId));
        // Heads first: their staff's atasan penilai is the head's own penilai.
        employees.sort((a, b) -> Boolean.compare(b.headOfUnit(), a.headOfUnit()));
        int changed = 0;
        for (Employee employee : employees) {
            Employee current = store.findEmployee(employee.employeeId()).orElseThrow();
            if (current.penilaiOverridden()) {
                continue;
            }
            Resolved resolved = resolve(current.employeeId(), current.unitId(), current.headOfUnit());
            if (!current.hasPenilai(resolved.penilaiId(), resolved.atasanPenilaiId())) {
                LocalDate effective = from.isBefore(current.effectiveFrom()) ? current.effectiveFrom() : from;
                Employee next = current.withPenilai(resolved.penilaiId(), resolved.atasanPenilaiId(), false,
                        effective);
                if (store.updateEmployee(next, events.changed(current, next, clock.instant()))) {
                    changed++;
                }
            }
        }
        return changed;
    }
}
