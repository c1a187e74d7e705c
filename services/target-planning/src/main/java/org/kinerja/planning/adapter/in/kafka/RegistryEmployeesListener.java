package org.kinerja.planning.adapter.in.kafka;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.EmployeeChanged;
import org.kinerja.contracts.events.EmployeeRegistered;
import org.kinerja.planning.application.EmployeeDirectory;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.ReceivedEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps planning's projection of employees (and their penilai) up to date from the registry's events. */
@Component
class RegistryEmployeesListener {

    private static final List<EventType> EMPLOYEE_EVENTS = List.of(EventType.EMPLOYEE_REGISTERED,
            EventType.EMPLOYEE_CHANGED);

    private final EmployeeDirectory directory;

    RegistryEmployeesListener(EmployeeDirectory directory) {
        this.directory = directory;
    }

    @KafkaListener(id = "planning-registry-employees", topics = Topics.EMPLOYEES)
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = CloudEventRecords.read(record.headers(), record.value(), EMPLOYEE_EVENTS);
        if (event.data() instanceof EmployeeRegistered e) {
            directory.save(new EmployeeDirectory.EmployeeRef(e.employeeId(), e.regionId(), e.agencyId(), e.unitId(),
                    e.penilaiId(), true, 1));
        } else {
            EmployeeChanged e = event.data(EmployeeChanged.class);
            directory.save(new EmployeeDirectory.EmployeeRef(e.employeeId(), e.regionId(), e.agencyId(), e.unitId(),
                    e.penilaiId(), e.active(), e.version()));
        }
    }
}
