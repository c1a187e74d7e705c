package org.kinerja.scoring.adapter.in.kafka.topology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.header.Headers;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.ActivityCorrected;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.ActivityRetracted;
import org.kinerja.contracts.events.EvaluationPeriodChanged;
import org.kinerja.contracts.events.FeedbackGiven;
import org.kinerja.contracts.events.PlanApproved;
import org.kinerja.contracts.events.RealisationReported;
import org.kinerja.contracts.events.UnitPredicateSet;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.PoisonRecordException;
import org.kinerja.platform.events.ReceivedEvent;
import org.kinerja.scoring.domain.Aggregation;
import org.kinerja.scoring.domain.Capaian;
import org.kinerja.scoring.domain.CapaianSource;
import org.kinerja.scoring.domain.DistributionCheck;
import org.kinerja.scoring.domain.Rating;
import org.kinerja.scoring.domain.ScoringInput;

/**
 * Turns the records of scoring's employee-keyed inputs (planning's plans, reporting's accepted reports, evaluation
 * periods and feedback, and unit predicates re-keyed to the unit's head) into inputs of the domain. Valid events that
 * scoring has no use for (a plan submitted, a public satisfaction survey...) are skipped; anything unreadable, invalid
 * or keyed by someone else is poison.
 */
final class ScoringInputs {

    private static final List<EventType> ACCEPTED = List.of(EventType.PLAN_APPROVED, EventType.ACTIVITY_REPORTED,
            EventType.ACTIVITY_CORRECTED, EventType.ACTIVITY_RETRACTED, EventType.EVALUATION_PERIOD_CHANGED,
            EventType.FEEDBACK_GIVEN, EventType.UNIT_PREDICATE_SET, EventType.REALISATION_REPORTED);

    private ScoringInputs() {
    }

    /** The input in the record, or empty when the record is a valid event scoring has no use for. */
    static Optional<ScoringInput> decode(String topic, String key, Headers headers, byte[] value) {
        Optional<ReceivedEvent> relevant = CloudEventRecords.readRelevant(topic, headers, value, ACCEPTED);
        if (relevant.isEmpty()) {
            return Optional.empty();
        }
        ReceivedEvent event = relevant.get();
        Optional<ScoringInput> input = switch (event.type()) {
            case PLAN_APPROVED -> Optional.of(plan(event.data(PlanApproved.class)));
            case ACTIVITY_REPORTED -> Optional.of(report(event.data(ActivityReported.class)));
            case REALISATION_REPORTED -> Optional.of(realisation(event.data(RealisationReported.class)));
            case ACTIVITY_CORRECTED -> Optional.of(correction(event.data(ActivityCorrected.class)));
            case ACTIVITY_RETRACTED -> Optional.of(retraction(event.data(ActivityRetracted.class)));
            case EVALUATION_PERIOD_CHANGED -> Optional.of(period(event.data(EvaluationPeriodChanged.class)));
            case FEEDBACK_GIVEN -> peerInput(event.data(FeedbackGiven.class));
            default -> headPredicate(event.data(UnitPredicateSet.class));
        };
        input.ifPresent(in -> {
            if (key == null || !key.equals(in.employeeId())) {
                throw new PoisonRecordException("the record key must be the employee id " + in.employeeId()
                        + " (got '" + key + "'), so that an employee's events stay on one partition");
            }
        });
        return input;
    }

    private static ScoringInput plan(PlanApproved plan) {
        Map<String, ScoringInput.IndicatorPlan> indicators = new HashMap<>();
        for (PlanApproved.Rhk rhk : plan.rhk()) {
            for (PlanApproved.Indicator i : rhk.indicators()) {
                Map<String, java.math.BigDecimal> targets = new HashMap<>();
                if (i.periodTargets() != null) {
                    i.periodTargets().forEach(t -> targets.put(t.period(), t.target()));
                }
                indicators.put(i.indicatorId(), new ScoringInput.IndicatorPlan(i.indicatorId(),
                        "UTAMA".equals(rhk.kind()), i.aspect(), i.target(), Capaian.Polarity.valueOf(i.polarity()),
                        Aggregation.valueOf(i.aggregation()), targets,
                        i.capaianSource() == null ? null : CapaianSource.valueOf(i.capaianSource())));
            }
        }
        return new ScoringInput.PlanInput(plan.employeeId(), new ScoringInput.PlanInfo(plan.planId(),
                plan.regionId(), plan.agencyId(), plan.unitId(), plan.year(), plan.approvedAt(), indicators));
    }

    private static ScoringInput realisation(RealisationReported r) {
        return new ScoringInput.RealisationInput(r.employeeId(), r.indicatorId(), r.period(), r.realisation(),
                r.revision());
    }

    private static ScoringInput report(ActivityReported r) {
        return new ScoringInput.ReportInput(r.employeeId(), new ScoringInput.Report(r.reportId(), r.indicatorId(),
                r.activityDate(), r.quantity(), r.reportedAt()));
    }

    private static ScoringInput correction(ActivityCorrected c) {
        return new ScoringInput.CorrectionInput(c.employeeId(), c.reportId(), c.quantity(), c.revision());
    }

    private static ScoringInput retraction(ActivityRetracted r) {
        return new ScoringInput.RetractionInput(r.employeeId(), r.reportId(), r.revision());
    }

    private static ScoringInput period(EvaluationPeriodChanged p) {
        return new ScoringInput.PeriodInput(p.employeeId(), p.period(), p.status(), rating(p.hasilKerjaRating()),
                rating(p.perilakuKerjaRating()), p.version(), p.perilakuKerjaValue(), p.innovation() != null);
    }

    /** Only peer and subordinate input matters to scoring (the legacy score's weights, rule R4). */
    private static Optional<ScoringInput> peerInput(FeedbackGiven f) {
        boolean peer = "PEER".equals(f.kind()) || "SUBORDINATE".equals(f.kind());
        return peer ? Optional.of(new ScoringInput.PeerInput(f.employeeId(), f.period())) : Optional.empty();
    }

    private static Optional<ScoringInput> headPredicate(UnitPredicateSet set) {
        return Optional.ofNullable(set.headEmployeeId()).map(head -> new ScoringInput.HeadUnitPredicateInput(head,
                set.unitId(), set.period(), DistributionCheck.UnitPredicate.valueOf(set.predicate()), set.version()));
    }

    private static Rating rating(String rating) {
        return rating == null ? null : Rating.valueOf(rating);
    }
}
