package org.kinerja.registry.application;

import java.time.Instant;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.EmployeeChanged;
import org.kinerja.contracts.events.EmployeeRegistered;
import org.kinerja.contracts.events.RegionalGovernmentRegistered;
import org.kinerja.contracts.events.RegionalLeadershipSet;
import org.kinerja.contracts.events.UnitRegistered;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.registry.domain.Employee;
import org.kinerja.registry.domain.RegionalGovernment;
import org.kinerja.registry.domain.RegionalLeadership;
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
                        e.positionType().name(), name(e.jfLevel()), e.rank(), e.headOfUnit(), e.penilaiId(),
                        e.atasanPenilaiId(), e.registeredAt()));
    }

    /** A leadership of the region set by {@code by}, at its version. */
    OutgoingEvent set(RegionalLeadership l, String by) {
        RegionalLeadershipSet data = new RegionalLeadershipSet(l.regionId(), l.kepalaDaerahId(),
                l.kepalaDaerahName(), l.kepalaDaerahTitle().name(), l.sekdaId(), l.effectiveFrom(), by, l.version(),
                l.setAt());
        return OutgoingEvent.of(EventType.REGIONAL_LEADERSHIP_SET, "regional-leadership:" + l.regionId() + ":"
                + l.version(), source, l.regionId(), l.regionId(), l.setAt(), data);
    }

    /** The change that made {@code next} out of {@code previous}, with the employee's whole new state. */
    OutgoingEvent changed(Employee previous, Employee next, Instant at) {
        EmployeeChanged data = new EmployeeChanged(next.employeeId(), next.lastChange().name(), next.effectiveFrom(),
                previous.unitId().equals(next.unitId()) ? null : previous.unitId(), next.name(), next.rank(),
                next.regionId(), next.agencyId(), next.unitId(), next.asnType().name(), next.positionType().name(),
                name(next.jfLevel()), next.headOfUnit(), next.penilaiId(), next.atasanPenilaiId(), next.active(),
                next.version(), at);
        return OutgoingEvent.of(EventType.EMPLOYEE_CHANGED, "employee-changed:" + next.employeeId() + ":"
                + next.version(), source, next.employeeId(), next.employeeId(), at, data);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
