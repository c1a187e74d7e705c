package org.kinerja.contracts.events;

import java.time.Instant;

/**
 * Audit: an administrator had a past period recomputed with the policy in force for it now, for a stated reason.
 * Key: the region id.
 */
public record PeriodRecomputed(String regionId, String period, Long previousPolicyVersion, long policyVersion,
        String by, String reason, Instant at) {
}
