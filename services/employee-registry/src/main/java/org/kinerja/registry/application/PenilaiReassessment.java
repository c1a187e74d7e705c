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
    private final PenilaiResolution.Tree tree;
    private final RegistryEvents events;
    private final Clock clock;

    public PenilaiReassessment(RegistryStore store, String region, Clock clock) {
        this.store = store;
        this.tree = new StoredTree(store);
        this.events = new RegistryEvents(region);
        this.clock = clock;
    }

    /** The penilai and atasan penilai the tree and the regional leadership give an employee now. */
    public PenilaiResolution.Resolved resolve(String employeeId, String unitId, boolean headOfUnit) {
        Unit unit = store.findUnit(unitId).orElseThrow();
        return PenilaiResolution.resolve(employeeId, unitId, headOfUnit, tree, store.findLeadership(unit.regionId()));
    }

    /** Re-resolves the top of every OPD's tree (its head, its staff, its child units' heads and staff). */
    public int reassessRegion(String regionId, LocalDate from) {
        int changed = 0;
        for (Unit opd : store.topUnits(regionId)) {
            changed += reassess(opd.unitId(), from);
        }
        return changed;
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
            PenilaiResolution.Resolved resolved = resolve(current.employeeId(), current.unitId(), current.headOfUnit());
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

    /** The tree as the registry stores it now. */
    private record StoredTree(RegistryStore store) implements PenilaiResolution.Tree {

        @Override
        public Optional<String> headOf(String unitId) {
            return store.headOf(unitId).map(Employee::employeeId);
        }

        @Override
        public Optional<String> parentOf(String unitId) {
            return store.findUnit(unitId).map(Unit::parentUnitId);
        }

        @Override
        public Optional<String> penilaiOf(String employeeId) {
            return store.findEmployee(employeeId).map(Employee::penilaiId);
        }

        @Override
        public boolean headsAnOpd(String employeeId) {
            return store.findEmployee(employeeId).filter(e -> e.active() && e.headOfUnit())
                    .flatMap(e -> store.findUnit(e.unitId())).map(u -> u.parentUnitId() == null).orElse(false);
        }
    }
}
