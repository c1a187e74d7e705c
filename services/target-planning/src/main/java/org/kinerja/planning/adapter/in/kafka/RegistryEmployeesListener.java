package org.kinerja.planning.adapter.in.kafka;

import java.util.Optional;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.EmployeeSnapshot;
import org.kinerja.contracts.events.UnitRegistered;
import org.kinerja.planning.application.EmployeeDirectory;
import org.kinerja.platform.events.Decoded;
import org.kinerja.platform.events.ReceivedEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps planning's projection of employees (and their penilai) up to date from the registry's events. */
@Component
class RegistryEmployeesListener {

    private final EmployeeDirectory directory;

    RegistryEmployeesListener(EmployeeDirectory directory) {
        this.directory = directory;
    }

    @KafkaListener(id = "planning-registry-employees", topics = Topics.EMPLOYEES)
    void on(@Decoded({EventType.EMPLOYEE_REGISTERED, EventType.EMPLOYEE_CHANGED}) ReceivedEvent employee) {
        EmployeeSnapshot e = EmployeeSnapshot.of(employee.data());
        directory.save(new EmployeeDirectory.EmployeeRef(e.employeeId(), e.regionId(), e.agencyId(), e.unitId(),
                e.penilaiId(), e.headOfUnit(), e.active(), e.version(), e.atasanPenilaiId()));
    }

    @KafkaListener(id = "planning-registry-units", topics = Topics.ORGANISATIONS)
    void onUnit(@Decoded(value = EventType.UNIT_REGISTERED, othersOnTheTopic = true)
            Optional<ReceivedEvent> unitEvent) {
        unitEvent.ifPresent(event -> {
            UnitRegistered unit = event.data(UnitRegistered.class);
            directory.saveUnit(new EmployeeDirectory.UnitRef(unit.unitId(), unit.agencyId(), unit.parentUnitId()));
        });
    }
}
