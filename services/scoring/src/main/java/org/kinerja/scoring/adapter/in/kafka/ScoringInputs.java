package org.kinerja.scoring.adapter.in.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.header.Headers;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.ActivityCorrected;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.ActivityRetracted;
import org.kinerja.contracts.events.PlanApproved;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.PoisonRecordException;
import org.kinerja.platform.events.ReceivedEvent;
import org.kinerja.scoring.domain.Aggregation;
import org.kinerja.scoring.domain.Capaian;
import org.kinerja.scoring.domain.ScoringInput;

/** Turns the records scoring reads (planning's and reporting's events) into inputs of the pure step function. */
final class ScoringInputs {

    private static final List<EventType> ACCEPTED = List.of(EventType.PLAN_APPROVED, EventType.ACTIVITY_REPORTED,
            EventType.ACTIVITY_CORRECTED, EventType.ACTIVITY_RETRACTED);

    private ScoringInputs() {
    }

    /** The employee the input belongs to, and the input. */
    record Decoded(String employeeId, ScoringInput input) {
    }

    /** The input in the record, or empty when the record is a valid event scoring has no use for. */
    static Optional<Decoded> decode(String topic, String key, Headers headers, byte[] value) {
        Optional<ReceivedEvent> relevant = CloudEventRecords.readRelevant(topic, headers, value, ACCEPTED);
        if (relevant.isEmpty()) {
            return Optional.empty();
        }
        ReceivedEvent event = relevant.get();
        Decoded decoded = switch (event.type()) {
            case PLAN_APPROVED -> plan(event.data(PlanApproved.class));
            case ACTIVITY_REPORTED -> report(event.data(ActivityReported.class));
            case ACTIVITY_CORRECTED -> correction(event.data(ActivityCorrected.class));
            default -> retraction(event.data(ActivityRetracted.class));
        };
        if (key == null || !key.equals(decoded.employeeId())) {
            throw new PoisonRecordException("the record key must be the employee id " + decoded.employeeId()
                    + " (got '" + key + "'), so that an employee's events stay on one partition");
        }
        return Optional.of(decoded);
    }

    private static Decoded plan(PlanApproved plan) {
        Map<String, ScoringInput.IndicatorPlan> indicators = new HashMap<>();
        for (PlanApproved.Rhk rhk : plan.rhk()) {
            for (PlanApproved.Indicator i : rhk.indicators()) {
                indicators.put(i.indicatorId(), new ScoringInput.IndicatorPlan(i.indicatorId(),
                        "UTAMA".equals(rhk.kind()), i.target(), Capaian.Polarity.valueOf(i.polarity()),
                        Aggregation.valueOf(i.aggregation())));
            }
        }
        return new Decoded(plan.employeeId(), new ScoringInput.PlanInput(new ScoringInput.PlanInfo(plan.planId(),
                plan.regionId(), plan.agencyId(), plan.unitId(), plan.year(), indicators)));
    }

    private static Decoded correction(ActivityCorrected c) {
        return new Decoded(c.employeeId(), new ScoringInput.CorrectionInput(c.reportId(), c.quantity(),
                c.revision()));
    }

    private static Decoded retraction(ActivityRetracted r) {
        return new Decoded(r.employeeId(), new ScoringInput.RetractionInput(r.reportId(), r.revision()));
    }

    private static Decoded report(ActivityReported r) {
        return new Decoded(r.employeeId(), new ScoringInput.ReportInput(new ScoringInput.Report(r.reportId(),
                r.indicatorId(), r.activityDate(), r.quantity(), r.reportedAt())));
    }
}
