package org.kinerja.registry.application;

import java.util.List;
import java.util.Optional;

import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.registry.domain.Employee;
import org.kinerja.registry.domain.RegionalGovernment;
import org.kinerja.registry.domain.RegionalLeadership;
import org.kinerja.registry.domain.Unit;

/**
 * Where the registry keeps its state. Each insert stores the new aggregate and the event it causes in one atomic
 * write (the outbox); an insert of an id that exists already answers false and changes nothing.
 */
public interface RegistryStore {

    boolean insertRegion(RegionalGovernment region, OutgoingEvent event);

    Optional<RegionalGovernment> findRegion(String regionId);

    boolean insertUnit(Unit unit, OutgoingEvent event);

    Optional<Unit> findUnit(String unitId);

    boolean insertEmployee(Employee employee, OutgoingEvent event);

    Optional<Employee> findEmployee(String employeeId);

    /**
     * Replaces the employee if the stored one is still at {@code next.version() - 1}, adding the event to its outbox;
     * false when someone else changed it first.
     */
    boolean updateEmployee(Employee next, OutgoingEvent event);

    /** The active employee registered as head of the unit, if any. */
    Optional<Employee> headOf(String unitId);

    /** The active employees of a unit. */
    List<Employee> employeesOfUnit(String unitId);

    /** The active employees whose penilai or atasan penilai is {@code penilaiId}, by NIP. */
    List<Employee> appraiseesOf(String penilaiId);

    List<Unit> childUnits(String unitId);

    /** The region's OPDs: the units at the top of its tree. */
    List<Unit> topUnits(String regionId);

    Optional<RegionalLeadership> findLeadership(String regionId);

    /** Stores it if the stored one is still at {@code next.version() - 1} (absent for 1); false otherwise. */
    boolean saveLeadership(RegionalLeadership next, OutgoingEvent event);
}
