package org.kinerja.contracts.events;

import java.util.List;
import java.util.Map;

/**
 * The distribution rule (R3) of a unit in a period was broken ({@code VIOLATED}, each broken rule in
 * {@code violations} in English, {@code violationCodes} as {@link Reason}s), broken differently, or fits again ({@code CLEARED}). Guidance only: predicates never change.
 */
public record DistributionChanged(String unitId, String agencyId, String regionId, String period, long version,
        String status, String unitPredicate, int employees, Map<String, Integer> predicateCounts,
        List<String> violations, List<Reason> violationCodes) {

    public static final String VIOLATED = "VIOLATED";
    public static final String CLEARED = "CLEARED";

    public DistributionChanged {
        violationCodes = violationCodes == null ? List.of() : List.copyOf(violationCodes);
    }
}
