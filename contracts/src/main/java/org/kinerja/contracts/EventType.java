package org.kinerja.contracts;

import java.util.Arrays;
import java.util.Optional;

import org.kinerja.contracts.events.ActivityCorrected;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.ActivityRetracted;
import org.kinerja.contracts.events.AngkaKreditCalculated;
import org.kinerja.contracts.events.AttendanceDayRecorded;
import org.kinerja.contracts.events.AuditDigestSigned;
import org.kinerja.contracts.events.AuditEntryRecorded;
import org.kinerja.contracts.events.CoachingCaseChanged;
import org.kinerja.contracts.events.DistributionChanged;
import org.kinerja.contracts.events.EmployeeChanged;
import org.kinerja.contracts.events.EmployeeRegistered;
import org.kinerja.contracts.events.EvaluationPeriodChanged;
import org.kinerja.contracts.events.EvaluationUpdated;
import org.kinerja.contracts.events.FeedbackGiven;
import org.kinerja.contracts.events.FollowUpRecorded;
import org.kinerja.contracts.events.ObjectionChanged;
import org.kinerja.contracts.events.PerformanceAgreementSet;
import org.kinerja.contracts.events.PeriodRecomputed;
import org.kinerja.contracts.events.PlanApproved;
import org.kinerja.contracts.events.PlanStatusChanged;
import org.kinerja.contracts.events.PublicSatisfactionRecorded;
import org.kinerja.contracts.events.RealisationReported;
import org.kinerja.contracts.events.RegionalGovernmentRegistered;
import org.kinerja.contracts.events.RegionalLeadershipSet;
import org.kinerja.contracts.events.ReminderIssued;
import org.kinerja.contracts.events.RewardChanged;
import org.kinerja.contracts.events.RewardsPolicyPublished;
import org.kinerja.contracts.events.SakipEvaluated;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.contracts.events.TppCalculated;
import org.kinerja.contracts.events.TrainingNeedChanged;
import org.kinerja.contracts.events.UnitPredicateSet;
import org.kinerja.contracts.events.UnitRegistered;
import org.kinerja.contracts.events.UnitScoreUpdated;

/**
 * The event types of the platform: the CloudEvents {@code type} on the wire (stable, dotted, versioned, never a Java
 * class name), the topic it travels on, the record that carries its data, and its JSON Schema in contracts/schemas.
 */
public enum EventType {
    REGIONAL_GOVERNMENT_REGISTERED("kinerja.registry.regional-government.registered.v1", Topics.ORGANISATIONS,
            RegionalGovernmentRegistered.class),
    UNIT_REGISTERED("kinerja.registry.unit.registered.v1", Topics.ORGANISATIONS, UnitRegistered.class),
    REGIONAL_LEADERSHIP_SET("kinerja.registry.regional-leadership.set.v1", Topics.ORGANISATIONS,
            RegionalLeadershipSet.class),
    EMPLOYEE_REGISTERED("kinerja.registry.employee.registered.v1", Topics.EMPLOYEES, EmployeeRegistered.class),
    EMPLOYEE_CHANGED("kinerja.registry.employee.changed.v1", Topics.EMPLOYEES, EmployeeChanged.class),
    PLAN_APPROVED("kinerja.planning.plan.approved.v1", Topics.PLANS, PlanApproved.class),
    PLAN_STATUS_CHANGED("kinerja.planning.plan.status-changed.v1", Topics.PLANS, PlanStatusChanged.class),
    UNIT_PREDICATE_SET("kinerja.planning.unit-predicate.set.v1", Topics.ORGANISATION_PLANNING,
            UnitPredicateSet.class),
    SAKIP_EVALUATED("kinerja.planning.sakip.evaluated.v1", Topics.ORGANISATION_PLANNING, SakipEvaluated.class),
    PERFORMANCE_AGREEMENT_SET("kinerja.planning.performance-agreement.set.v1", Topics.ORGANISATION_PLANNING,
            PerformanceAgreementSet.class),
    ACTIVITY_REPORTED("kinerja.reporting.activity.reported.v1", Topics.ACTIVITIES, ActivityReported.class),
    ACTIVITY_CORRECTED("kinerja.reporting.activity.corrected.v1", Topics.ACTIVITIES, ActivityCorrected.class),
    ACTIVITY_RETRACTED("kinerja.reporting.activity.retracted.v1", Topics.ACTIVITIES, ActivityRetracted.class),
    REALISATION_REPORTED("kinerja.reporting.realisation.reported.v1", Topics.ACTIVITIES, RealisationReported.class),
    EVALUATION_PERIOD_CHANGED("kinerja.reporting.evaluation-period.changed.v1", Topics.EVALUATION_PERIODS,
            EvaluationPeriodChanged.class),
    OBJECTION_CHANGED("kinerja.reporting.objection.changed.v1", Topics.EVALUATION_PERIODS, ObjectionChanged.class),
    FEEDBACK_GIVEN("kinerja.reporting.feedback.given.v1", Topics.FEEDBACK, FeedbackGiven.class),
    PUBLIC_SATISFACTION_RECORDED("kinerja.reporting.public-satisfaction.recorded.v1", Topics.FEEDBACK,
            PublicSatisfactionRecorded.class),
    SCORE_UPDATED("kinerja.scoring.score.updated.v1", Topics.SCORES, ScoreUpdated.class),
    EVALUATION_UPDATED("kinerja.scoring.evaluation.updated.v1", Topics.EVALUATIONS, EvaluationUpdated.class),
    UNIT_SCORE_UPDATED("kinerja.scoring.unit-score.updated.v1", Topics.UNIT_SCORES, UnitScoreUpdated.class),
    DISTRIBUTION_CHANGED("kinerja.scoring.distribution.changed.v1", Topics.DISTRIBUTION, DistributionChanged.class),
    ATTENDANCE_DAY_RECORDED("kinerja.attendance.day.recorded.v1", Topics.ATTENDANCE, AttendanceDayRecorded.class),
    POLICY_PUBLISHED("kinerja.rewards.policy.published.v1", Topics.POLICIES, RewardsPolicyPublished.class),
    PERIOD_RECOMPUTED("kinerja.rewards.period.recomputed.v1", Topics.POLICIES, PeriodRecomputed.class),
    TPP_CALCULATED("kinerja.rewards.tpp.calculated.v1", Topics.OUTCOMES, TppCalculated.class),
    ANGKA_KREDIT_CALCULATED("kinerja.rewards.angka-kredit.calculated.v1", Topics.OUTCOMES,
            AngkaKreditCalculated.class),
    REWARD_CHANGED("kinerja.rewards.reward.changed.v1", Topics.OUTCOMES, RewardChanged.class),
    COACHING_CASE_CHANGED("kinerja.rewards.coaching-case.changed.v1", Topics.OUTCOMES, CoachingCaseChanged.class),
    TRAINING_NEED_CHANGED("kinerja.rewards.training-need.changed.v1", Topics.OUTCOMES, TrainingNeedChanged.class),
    FOLLOW_UP_RECORDED("kinerja.rewards.follow-up.recorded.v1", Topics.OUTCOMES, FollowUpRecorded.class),
    AUDIT_ENTRY_RECORDED("kinerja.audit.entry.recorded.v1", Topics.AUDIT_TRAIL, AuditEntryRecorded.class),
    AUDIT_DIGEST_SIGNED("kinerja.audit.digest.signed.v1", Topics.AUDIT_DIGESTS, AuditDigestSigned.class),
    REMINDER_ISSUED("kinerja.notifications.reminder.issued.v1", Topics.REMINDERS, ReminderIssued.class);

    private final String type;
    private final String topic;
    private final Class<? extends Record> dataClass;

    EventType(String type, String topic, Class<? extends Record> dataClass) {
        this.type = type;
        this.topic = topic;
        this.dataClass = dataClass;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends Record> dataClass() {
        return dataClass;
    }

    /** Classpath location of the JSON Schema (2020-12) that every payload of this type must satisfy. */
    public String schemaResource() {
        return "kinerja/contracts/schemas/" + schemaFileName();
    }

    /** The schema's {@code $id}, which every event of this type names as its CloudEvents {@code dataschema}. */
    public String schemaId() {
        return "https://kinerja.org/contracts/schemas/" + schemaFileName();
    }

    public String schemaFileName() {
        return type.substring("kinerja.".length()) + ".schema.json";
    }

    /** The event types that describe employees, for projections of the registry. */
    public static final java.util.List<EventType> EMPLOYEE_EVENTS = java.util.List.of(EMPLOYEE_REGISTERED,
            EMPLOYEE_CHANGED);

    public static Optional<EventType> fromType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
