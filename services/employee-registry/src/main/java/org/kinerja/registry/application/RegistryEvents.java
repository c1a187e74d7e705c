package org.kinerja.registry.application;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.EmployeeRegistered;
import org.kinerja.contracts.events.RegionalGovernmentRegistered;
import org.kinerja.contracts.events.UnitRegistered;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.registry.domain.Employee;
import org.kinerja.registry.domain.RegionalGovernment;
import org.kinerja.registry.domain.Unit;

/**
 * The registry's events, built from its aggregates. Event ids are derived from the aggregate id, so registering the
 * same thing can only ever produce the same event.
 */
final class RegistryEvents {

    private final String source;

    RegistryEvents(String region) {
        this.source = "/services/employee-registry/" + region;
    }

    OutgoingEvent registered(RegionalGovernment region) {
        return OutgoingEvent.of(EventType.REGIONAL_GOVERNMENT_REGISTERED, "region-registered:" + region.regionId(),
                source, region.regionId(), region.regionId(), region.registeredAt(),
                new RegionalGovernmentRegistered(region.regionId(), region.name(), region.kind(),
                        region.registeredAt()));
    }

    OutgoingEvent registered(Unit unit) {
        return OutgoingEvent.of(EventType.UNIT_REGISTERED, "unit-registered:" + unit.unitId(), source, unit.unitId(),
                unit.unitId(), unit.registeredAt(), new UnitRegistered(unit.unitId(), unit.regionId(),
                        unit.agencyId(), unit.parentUnitId(), unit.name(), unit.unitType().name(),
                        unit.registeredAt()));
    }

    OutgoingEvent registered(Employee e) {
        return OutgoingEvent.of(EventType.EMPLOYEE_REGISTERED, "employee-registered:" + e.employeeId(), source,
                e.employeeId(), e.employeeId(), e.registeredAt(), new EmployeeRegistered(e.employeeId(),
                        e.employeeId(), e.name(), e.regionId(), e.agencyId(), e.unitId(), e.asnType().name(),
                        e.positionType().name(), e.jfLevel() == null ? null : e.jfLevel().name(), e.headOfUnit(),
                        e.penilaiId(), e.registeredAt()));
    }
}
