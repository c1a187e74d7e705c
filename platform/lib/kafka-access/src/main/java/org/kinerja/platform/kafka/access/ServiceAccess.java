package org.kinerja.platform.kafka.access;

import java.util.List;
import java.util.Optional;

import org.kinerja.contracts.Topics;

/**
 * What one service may do on Kafka, and nothing more: the topics it writes (it alone), the topics it reads (and may
 * dead-letter to), the agency topic families it reads, and the prefixes of its consumer groups. Scoring, a Kafka
 * Streams application with exactly-once transactions, also owns the prefix of its application id (internal topics,
 * transactional ids) and may create its rebuild's output topics ({@code scoring.<topic>.rebuild-<tag>}).
 *
 * @param principal        the service's user (its {@code spring.application.name})
 * @param writes           topics only this service writes
 * @param reads            platform topics it consumes (it may also write their dead-letter topics)
 * @param agencyFamilies   families of agency topics it consumes (every agency's, and their dead-letter topics)
 * @param groupPrefix      the prefix of its consumer groups (its listener ids)
 * @param streamsPrefix    for a Kafka Streams service, the prefix of its application ids
 * @param createdPrefix    a prefix of topics it may create and write at run time (a rebuild's outputs)
 */
public record ServiceAccess(String principal, List<String> writes, List<String> reads, List<String> agencyFamilies,
        Optional<String> groupPrefix, Optional<String> streamsPrefix, Optional<String> createdPrefix) {

    public static final ServiceAccess EMPLOYEE_REGISTRY = new ServiceAccess("employee-registry",
            List.of(Topics.ORGANISATIONS, Topics.EMPLOYEES), List.of(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public static final ServiceAccess TARGET_PLANNING = new ServiceAccess("target-planning",
            List.of(Topics.PLANS, Topics.ORGANISATION_PLANNING), List.of(Topics.EMPLOYEES, Topics.ORGANISATIONS),
            List.of(), Optional.of("planning-"), Optional.empty(), Optional.empty());

    public static final ServiceAccess ACTIVITY_REPORTING = new ServiceAccess("activity-reporting",
            List.of(Topics.ACTIVITIES, Topics.EVALUATION_PERIODS, Topics.FEEDBACK),
            List.of(Topics.ACTIVITIES, Topics.EMPLOYEES, Topics.PLANS), List.of(Topics.ACTIVITY_SUBMISSIONS),
            Optional.of("reporting-"), Optional.empty(), Optional.empty());

    public static final ServiceAccess SCORING = new ServiceAccess("scoring",
            List.of(Topics.SCORES, Topics.EVALUATIONS, Topics.UNIT_SCORES, Topics.DISTRIBUTION),
            List.of(Topics.PLANS, Topics.ORGANISATION_PLANNING, Topics.ACTIVITIES, Topics.EVALUATION_PERIODS,
                    Topics.FEEDBACK, Topics.SCORES, Topics.UNIT_SCORES, Topics.EMPLOYEES),
            List.of(), Optional.of("scoring-"), Optional.of("scoring-"), Optional.of("scoring."));

    public static final ServiceAccess REWARDS = new ServiceAccess("rewards",
            List.of(Topics.POLICIES, Topics.OUTCOMES),
            List.of(Topics.SCORES, Topics.EVALUATIONS, Topics.EMPLOYEES, Topics.FEEDBACK, Topics.DISTRIBUTION),
            List.of(Topics.ATTENDANCE),
            Optional.of("rewards-"), Optional.empty(), Optional.empty());

    /**
     * The audit trail: reads every topic that carries decisions, writes the chain and its digests (a Kafka Streams
     * application, its ids prefixed {@code audit-}) and projects them for queries (its listeners, also {@code audit-}).
     */
    public static final ServiceAccess AUDIT_TRAIL = new ServiceAccess("audit-trail",
            List.of(Topics.AUDIT_TRAIL, Topics.AUDIT_DIGESTS),
            List.of(Topics.ORGANISATIONS, Topics.EMPLOYEES, Topics.PLANS, Topics.ORGANISATION_PLANNING,
                    Topics.ACTIVITIES, Topics.EVALUATION_PERIODS, Topics.POLICIES, Topics.OUTCOMES,
                    Topics.AUDIT_TRAIL, Topics.AUDIT_DIGESTS),
            List.of(), Optional.of("audit-"), Optional.of("audit-"), Optional.empty());

    /**
     * Reminders: follows what is due (employees and their penilai, SKPs, reports, evaluation periods and objections,
     * pembinaan cases) and writes each step of a reminder ladder.
     */
    public static final ServiceAccess NOTIFICATIONS = new ServiceAccess("notifications",
            List.of(Topics.REMINDERS),
            List.of(Topics.EMPLOYEES, Topics.PLANS, Topics.ACTIVITIES, Topics.EVALUATION_PERIODS, Topics.OUTCOMES,
                    Topics.REMINDERS),
            List.of(), Optional.of("notifications-"), Optional.empty(), Optional.empty());

    /** Every service of the platform. */
    public static final List<ServiceAccess> ALL = List.of(EMPLOYEE_REGISTRY, TARGET_PLANNING, ACTIVITY_REPORTING,
            SCORING, REWARDS, AUDIT_TRAIL, NOTIFICATIONS);

    public static Optional<ServiceAccess> of(String principal) {
        return ALL.stream().filter(s -> s.principal().equals(principal)).findFirst();
    }
}
