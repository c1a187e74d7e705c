package org.kinerja.planning.application;

import java.time.Instant;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.PlanApproved;
import org.kinerja.contracts.events.PlanStatusChanged;
import org.kinerja.planning.domain.Indicator;
import org.kinerja.planning.domain.Rhk;
import org.kinerja.planning.domain.Skp;
import org.kinerja.platform.events.OutgoingEvent;

/** planning's events: each carries the whole plan, so consumers never call back. */
final class PlanEvents {

    private final String source;

    PlanEvents(String region) {
        this.source = "/services/target-planning/" + region;
    }

    /**
     * A transition of the state machine (creation included, with no previous status); {@code onBehalfOf} the kepala
     * daerah whose decision the administrator recorded, else null.
     */
    OutgoingEvent statusChanged(Skp previous, Skp plan, String by, String onBehalfOf, Instant at) {
        PlanStatusChanged data = new PlanStatusChanged(plan.planId(), plan.employeeId(), plan.agencyId(),
                plan.unitId(), plan.year(), plan.status().name(), previous == null ? null : previous.status().name(),
                by, plan.rejectionNote(), plan.approvedVersionInForce(), plan.version(), at, onBehalfOf);
        return OutgoingEvent.of(EventType.PLAN_STATUS_CHANGED, "plan-status:" + plan.planId() + ":" + plan.version(),
                source, plan.employeeId(), plan.planId(), at, data);
    }

    OutgoingEvent approved(Skp plan, String approvedBy, Instant at) {
        PlanApproved data = new PlanApproved(plan.planId(), plan.employeeId(), plan.regionId(), plan.agencyId(),
                plan.unitId(), plan.year(), plan.approach().name(), approvedBy, at,
                plan.rhk().stream().map(PlanEvents::rhk).toList());
        return OutgoingEvent.of(EventType.PLAN_APPROVED, "plan-approved:" + plan.planId() + ":" + plan.version(),
                source, plan.employeeId(), plan.planId(), at, data);
    }

    private static PlanApproved.Rhk rhk(Rhk rhk) {
        return new PlanApproved.Rhk(rhk.rhkId(), rhk.kind().name(), rhk.parentRhkId(), rhk.description(),
                rhk.indicators().stream().map(PlanEvents::indicator).toList());
    }

    private static PlanApproved.Indicator indicator(Indicator i) {
        return new PlanApproved.Indicator(i.indicatorId(), i.description(), i.aspect().name(), i.target(), i.unit(),
                i.polarity().name(), i.aggregation().name(), i.periodTargets().stream()
                        .map(t -> new PlanApproved.PeriodTarget(t.period(), t.target(), t.description())).toList(),
                i.capaianSource() == null ? null : i.capaianSource().name(), i.evidenceRequired());
    }
}
