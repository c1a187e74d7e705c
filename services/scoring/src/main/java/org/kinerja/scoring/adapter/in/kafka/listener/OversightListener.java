package org.kinerja.scoring.adapter.in.kafka.listener;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.EmployeeSnapshot;
import org.kinerja.platform.events.Decoded;
import org.kinerja.platform.events.ReceivedEvent;
import org.kinerja.scoring.application.EmployeeOversight;
import org.kinerja.scoring.application.ScoreView;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Who oversees each employee, from the registry's events, for the read access to scores (not for scoring itself). */
@Component
class OversightListener {

    private final ScoreView view;

    OversightListener(ScoreView view) {
        this.view = view;
    }

    @KafkaListener(id = "#{@scoringOutputs.name('scoring-registry-employees')}", topics = Topics.EMPLOYEES)
    void on(@Decoded({EventType.EMPLOYEE_REGISTERED, EventType.EMPLOYEE_CHANGED}) ReceivedEvent employee) {
        EmployeeSnapshot e = EmployeeSnapshot.of(employee.data());
        view.upsertOversight(new EmployeeOversight(e.employeeId(), e.agencyId(), e.unitId(), e.penilaiId(),
                e.atasanPenilaiId(), e.version()));
    }
}
