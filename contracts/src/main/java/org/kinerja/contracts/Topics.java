package org.kinerja.contracts;

import java.util.List;

/**
 * Every Kafka topic of the platform, in one place. Names follow {@code <domain>.<stream>.v<N>}; failed records of a
 * topic go to {@code <topic>.DLT}. Each region runs its own cluster (see docs/adr/0003), so names carry no region.
 */
public final class Topics {

    /** Regional governments and the unit tree. Key: the unit id (the region id for a regional government). */
    public static final String ORGANISATIONS = "registry.organisations.v1";
    /** Employees. Key: the employee id (NIP). */
    public static final String EMPLOYEES = "registry.employees.v1";
    /** SKP plans and their transitions. Key: the employee id. */
    public static final String PLANS = "planning.plans.v1";
    /** Performance agreements and SAKIP evaluations (key: agency id), units' organisation predicates (key: unit id). */
    public static final String ORGANISATION_PLANNING = "planning.organisation.v1";
    /** Activity reports published by agencies' own systems, not yet validated. Key: the employee id. */
    public static final String ACTIVITY_SUBMISSIONS = "reporting.activity-submissions.v1";
    /** Accepted (validated and authorised) activity reports: the only reports scoring reads. Key: the employee id. */
    public static final String ACTIVITIES = "reporting.activities.v1";
    /** Evaluation periods: workflow and the penilai's ratings. Key: the employee id. */
    public static final String EVALUATION_PERIODS = "reporting.evaluation-periods.v1";
    /** Feedback: self-assessment, supervisor, peer and subordinate input. Key: the employee id. */
    public static final String FEEDBACK = "reporting.feedback.v1";
    /** Current score per employee and period (compacted). Key: {@code <employeeId>:<period>}. */
    public static final String SCORES = "scoring.scores.v1";
    /** Evaluation events for analytics subscribers. Key: the employee id. */
    public static final String EVALUATIONS = "scoring.evaluations.v1";
    /** Current figures per unit and period (compacted). Key: {@code <unitId>:<period>}. */
    public static final String UNIT_SCORES = "scoring.units.v1";
    /** Distribution rule violations raised, changed and cleared per unit and period. Key: the unit id. */
    public static final String DISTRIBUTION = "scoring.distribution.v1";
    /** Attendance facts per employee and working day, published by agencies' attendance systems. Key: employee id. */
    public static final String ATTENDANCE = "attendance.days.v1";
    /** Regions' follow-up policies and audited recomputations of past periods. Key: the region id. */
    public static final String POLICIES = "rewards.policies.v1";
    /** Follow-up decisions (rewards, coaching). Key: the employee id. */
    public static final String OUTCOMES = "rewards.outcomes.v1";

    /** Topics whose records are current state, kept by key with log compaction. */
    public static final List<String> COMPACTED = List.of(SCORES, UNIT_SCORES);

    public static final List<String> ALL = List.of(
            ORGANISATIONS, EMPLOYEES, PLANS, ORGANISATION_PLANNING, ACTIVITY_SUBMISSIONS, ACTIVITIES, EVALUATION_PERIODS, FEEDBACK, SCORES,
            EVALUATIONS, UNIT_SCORES, DISTRIBUTION, ATTENDANCE, POLICIES, OUTCOMES);

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + ".DLT";
    }

    /** The key of the compacted unit scores topic: one record per unit and period. */
    public static String unitScoreKey(String unitId, String period) {
        return unitId + ":" + period;
    }

    /** The key of the compacted scores topic: one record per employee and period. */
    public static String scoreKey(String employeeId, String period) {
        return employeeId + ":" + period;
    }
}
