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
    /**
     * Activity reports published by agencies' own systems, not yet validated: one topic per agency,
     * {@code reporting.activity-submissions.v1.<agencyId>} ({@link #activitySubmissions}), which only that agency's
     * principal may write, so the agency a record counts for is the topic's, never a header's. Key: the employee id.
     */
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
    /**
     * Attendance facts per employee and working day, published by agencies' attendance systems: one topic per agency,
     * {@code attendance.days.v1.<agencyId>} ({@link #attendance}). Key: the employee id.
     */
    public static final String ATTENDANCE = "attendance.days.v1";
    /** Regions' follow-up policies and audited recomputations of past periods. Key: the region id. */
    public static final String POLICIES = "rewards.policies.v1";
    /** Follow-up decisions (rewards, coaching). Key: the employee id. */
    public static final String OUTCOMES = "rewards.outcomes.v1";

    /**
     * The region's audit trail: every decision as an entry of one hash chain (one partition, so the order is total).
     * Key: the region id.
     */
    public static final String AUDIT_TRAIL = "audit.trail.v1";
    /** Signed digests of the audit trail, one per digest period (one partition). Key: the region id. */
    public static final String AUDIT_DIGESTS = "audit.digests.v1";

    /**
     * Reminders and their escalations, one record per step of a due item (the person, their penilai, the agency's HR
     * operator). Key: the employee id the due item is about.
     */
    public static final String REMINDERS = "notifications.reminders.v1";

    /** Topics with one partition: a single order matters more than parallel consumers (the audit chain). */
    public static final List<String> SINGLE_PARTITION = List.of(AUDIT_TRAIL, AUDIT_DIGESTS);

    /** Topics whose records are current state, kept by key with log compaction. */
    public static final List<String> COMPACTED = List.of(SCORES, UNIT_SCORES);

    /** The platform's own topics (the services write them); agencies' topics are {@link #AGENCY_FAMILIES}. */
    public static final List<String> ALL = List.of(
            ORGANISATIONS, EMPLOYEES, PLANS, ORGANISATION_PLANNING, ACTIVITIES, EVALUATION_PERIODS, FEEDBACK, SCORES,
            EVALUATIONS, UNIT_SCORES, DISTRIBUTION, POLICIES, OUTCOMES, AUDIT_TRAIL, AUDIT_DIGESTS,
            REMINDERS);

    /** The families of topics with one topic per agency ({@code <family>.<agencyId>}), written by agencies' systems. */
    public static final List<String> AGENCY_FAMILIES = List.of(ACTIVITY_SUBMISSIONS, ATTENDANCE);

    /** What an agency id must look like to name a topic: as the registry's ids, never "DLT" nor ending in ".DLT". */
    public static final String AGENCY_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** The topic whose dead letters {@code deadLetterTopic} holds; empty when it is not a dead-letter topic. */
    public static java.util.Optional<String> deadLettersOf(String deadLetterTopic) {
        return deadLetterTopic.endsWith(DEAD_LETTER_SUFFIX) ? java.util.Optional.of(deadLetterTopic.substring(0,
                deadLetterTopic.length() - DEAD_LETTER_SUFFIX.length())) : java.util.Optional.empty();
    }


    /** The topic on which the agency's own system publishes its activity reports. */
    public static String activitySubmissions(String agencyId) {
        return agencyTopic(ACTIVITY_SUBMISSIONS, agencyId);
    }

    /** The topic on which the agency's attendance system publishes its attendance facts. */
    public static String attendance(String agencyId) {
        return agencyTopic(ATTENDANCE, agencyId);
    }

    /** The topic of the agency in a family of {@link #AGENCY_FAMILIES}. */
    public static String agencyTopic(String family, String agencyId) {
        if (!isAgencyId(agencyId)) {
            throw new IllegalArgumentException("an agency id naming a topic must be 1-64 letters, digits, '.', '_' "
                    + "or '-', start with a letter or digit and not end in '.DLT'; got '" + agencyId + "'");
        }
        return family + "." + agencyId;
    }

    public static boolean isAgencyId(String agencyId) {
        return agencyId != null && agencyId.matches(AGENCY_ID) && !agencyId.endsWith(".DLT")
                && !agencyId.equals("DLT");
    }

    /**
     * The regular expression a consumer subscribes with to read every agency's topic of the family (dead-letter
     * topics excluded), for instance {@code reporting\.activity-submissions\.v1\.<agency id>}.
     */
    public static String agencyTopicPattern(String family) {
        return "\\Q" + family + ".\\E" + NOT_A_DEAD_LETTER_TOPIC + AGENCY_ID;
    }

    private static final String NOT_A_DEAD_LETTER_TOPIC = "(?!(.*\\.)?DLT$)";

    /** {@link #agencyTopicPattern} of {@link #ACTIVITY_SUBMISSIONS}, as a constant a listener annotation can take. */
    public static final String ACTIVITY_SUBMISSIONS_PATTERN = "\\Q" + ACTIVITY_SUBMISSIONS + ".\\E"
            + NOT_A_DEAD_LETTER_TOPIC + AGENCY_ID;

    /** Every agency's dead-letter topic of {@link #ACTIVITY_SUBMISSIONS}: what the intake refused, with the reason. */
    public static final String ACTIVITY_SUBMISSIONS_DEAD_LETTER_PATTERN = "\\Q" + ACTIVITY_SUBMISSIONS + ".\\E"
            + AGENCY_ID + "\\.DLT";

    /** {@link #agencyTopicPattern} of {@link #ATTENDANCE}, as a constant a listener annotation can take. */
    public static final String ATTENDANCE_PATTERN = "\\Q" + ATTENDANCE + ".\\E" + NOT_A_DEAD_LETTER_TOPIC
            + AGENCY_ID;

    /** The agency whose topic of the family this is; empty when it is not one. */
    public static java.util.Optional<String> agencyOf(String family, String topic) {
        String prefix = family + ".";
        if (topic == null || !topic.startsWith(prefix)) {
            return java.util.Optional.empty();
        }
        String agency = topic.substring(prefix.length());
        return isAgencyId(agency) ? java.util.Optional.of(agency) : java.util.Optional.empty();
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
