package org.kinerja.contracts.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The current figures of a unit for a period (compacted by {@code <unitId>:<period>}): employees counted, predicates
 * per kind, average capaian, the organisation predicate and the Hasil Kerja rating it gives the head, the violations of
 * the distribution rule (R3), and why the unit is flagged as performing badly, each in English words and as
 * {@link Reason}s a client words itself ({@code violationCodes}, {@code flagCodes}; absent from events written before
 * they existed). {@code version} is the sum of its members' score versions and the predicate's version.
 */
public record UnitScoreUpdated(String unitId, String agencyId, String regionId, String period, long version,
        int employees, Map<String, Integer> predicateCounts, BigDecimal averageCapaian, String unitPredicate,
        String headHasilKerjaRating, List<String> violations, boolean flagged, List<String> flagReasons,
        List<Reason> violationCodes, List<Reason> flagCodes) {

    public UnitScoreUpdated {
        violationCodes = violationCodes == null ? List.of() : List.copyOf(violationCodes);
        flagCodes = flagCodes == null ? List.of() : List.copyOf(flagCodes);
    }
}
