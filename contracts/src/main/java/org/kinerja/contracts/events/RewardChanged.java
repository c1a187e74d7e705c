package org.kinerja.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * A reward decision with its reason: a certificate or promotion priority after a run of SANGAT_BAIK periods, or an
 * incentive recommendation for a unit's best performers; GRANTED, WITHHELD (earned, its evidence missing), or REVOKED
 * when the predicates behind it changed. The reason in English words and as {@link Reason}s ({@code reasonCodes}).
 */
public record RewardChanged(String rewardId, String employeeId, String agencyId, String unitId, String kind,
        String status, String period, List<String> periods, String reason, long policyVersion, Instant decidedAt,
        List<Reason> reasonCodes) {

    public RewardChanged {
        reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
    }
}
