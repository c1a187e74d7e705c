package org.kinerja.rewards.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.kinerja.contracts.events.Reason;
import org.kinerja.rewards.domain.Because;
import org.kinerja.rewards.domain.Predicate;
import org.kinerja.rewards.domain.RewardRules;

/** What the follow-up rules keep, one document each. */
public final class FollowUpRecords {

    private FollowUpRecords() {
    }

    /** An employee's predicate of a period, as of the score's version. */
    public record PredicateRecord(String id, String employeeId, String period, Predicate predicate,
            BigDecimal averageCapaian, String agencyId, String unitId, long scoreVersion) {
    }

    /**
     * A reward decision; {@code version} grows with each change (granted, revoked, withheld). Its reason in English
     * words and as codes ({@code reasonCodes}: none on records kept before they existed).
     */
    public record Reward(String rewardId, String employeeId, String agencyId, String unitId, String kind,
            String status, String period, List<String> periods, String reason, long policyVersion, Instant decidedAt,
            long version, List<Reason> reasonCodes) {

        public Reward {
            reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
        }

        public static final String GRANTED = "GRANTED";
        public static final String REVOKED = "REVOKED";
        /** Earned by the predicates, not given: its evidence is missing (the reason says what). */
        public static final String WITHHELD = "WITHHELD";


        Reward revoked(Because why, Instant at) {
            return new Reward(rewardId, employeeId, agencyId, unitId, kind, REVOKED, period, periods, why.words(),
                    policyVersion, at, version + 1, why.codes());
        }

        /** The same reward decided again: GRANTED or WITHHELD, for this reason, on these periods. */
        Reward decided(String newStatus, Because why, List<String> newPeriods, long newPolicyVersion, Instant at) {
            return new Reward(rewardId, employeeId, agencyId, unitId, kind, newStatus, period, newPeriods,
                    why.words(), newPolicyVersion, at, version + 1, why.codes());
        }
    }

    /** A unit's period: every rated employee's standing, and who is recommended for an incentive now. */
    public record UnitStandings(String id, String unitId, String period, Map<String, RewardRules.Standing> standings,
            List<String> recommended, long version) {
    }

    /** A training need of an employee's period. */
    public record TrainingNeed(String needId, String employeeId, String agencyId, String unitId, String period,
            String topic, String reason, String status, Instant changedAt, long version) {

        /** One need per employee, period and topic, so its id is made of them. */
        public static String idFor(String employeeId, String period, String topic) {
            return employeeId + ":" + period + ":" + topic;
        }
    }
}
