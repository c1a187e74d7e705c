package org.kinerja.reporting.adapter.in.kafka;

import java.util.List;
import java.util.Optional;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.EmployeeSnapshot;
import org.kinerja.contracts.events.PlanApproved;
import org.kinerja.platform.events.Decoded;
import org.kinerja.platform.events.ReceivedEvent;
import org.kinerja.platform.parking.Awaited;
import org.kinerja.platform.parking.ParkingLot;
import org.kinerja.reporting.application.ReportingDirectory;
import org.kinerja.reporting.domain.ReportRules.ApprovedIndicator;
import org.kinerja.reporting.domain.ReportRules.KnownEmployee;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Builds reporting's projections from registry and planning events, one listener per event family; each employee and
 * approved indicator it learns releases the agency records parked for it.
 */
@Component
class ProjectionListeners {

    private final ReportingDirectory directory;
    private final ParkingLot parking;

    ProjectionListeners(ReportingDirectory directory, ParkingLot parking) {
        this.directory = directory;
        this.parking = parking;
    }

    @KafkaListener(id = "reporting-registry-employees", topics = Topics.EMPLOYEES)
    void onEmployee(@Decoded({EventType.EMPLOYEE_REGISTERED, EventType.EMPLOYEE_CHANGED}) ReceivedEvent employee) {
        EmployeeSnapshot e = EmployeeSnapshot.of(employee.data());
        directory.saveEmployee(new KnownEmployee(e.employeeId(), e.agencyId(), e.unitId(), e.penilaiId(),
                e.atasanPenilaiId(), e.inactiveFrom(), e.version()));
        parking.release(Awaited.employee(e.employeeId()));
    }

    @KafkaListener(id = "reporting-planning-plans", topics = Topics.PLANS)
    void onPlan(@Decoded(value = EventType.PLAN_APPROVED, othersOnTheTopic = true) Optional<ReceivedEvent> event) {
        if (event.isEmpty()) {
            return;
        }
        PlanApproved plan = event.get().data(PlanApproved.class);
        List<ApprovedIndicator> indicators = plan.rhk().stream()
                .flatMap(rhk -> rhk.indicators().stream())
                .map(i -> new ApprovedIndicator(i.indicatorId(), plan.employeeId(), plan.year(), plan.planId(),
                        i.aspect(), i.polarity(), i.periodTargets() == null ? java.util.Map.of()
                                : i.periodTargets().stream().collect(java.util.stream.Collectors.toMap(
                                        PlanApproved.PeriodTarget::period, PlanApproved.PeriodTarget::target,
                                        (a, b) -> b)), i.evidenceRequired()))
                .toList();
        directory.replaceApprovedIndicators(plan.planId(), indicators);
        indicators.forEach(i -> parking.release(Awaited.indicator(i.indicatorId())));
    }
}
