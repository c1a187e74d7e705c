package org.kinerja.scoring.application;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kinerja.contracts.events.Reason;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.contracts.events.UnitScoreUpdated;
import org.kinerja.scoring.domain.DistributionCheck;
import org.kinerja.scoring.domain.Predicate;
import org.kinerja.scoring.domain.Rating;

/**
 * What a unit's distribution of predicates would be if the penilai rated one of its employees so (the curve a penilai
 * watches before finalising): the unit's counts as scored so far, that employee's predicate replaced by the one the
 * two ratings give (rule R1), checked against the unit's organisation predicate (rule R3). Nothing is stored.
 */
public final class DistributionPreview {

    /**
     * @param predicate the employee's predicate under the two ratings
     * @param predicateCounts every predicate, in order from SANGAT_BAIK, with its count (zeros included: a curve)
     * @param unitPredicate the unit's organisation predicate, null while it is not set (then nothing is checked)
     * @param violations the pattern's rules the counts would break, in English words
     * @param violationCodes the same rules as reasons a client words itself (codes of scoring.unit-score.updated.v1)
     */
    public record Preview(String unitId, String period, String employeeId, String predicate,
            Map<String, Integer> predicateCounts, String unitPredicate, List<String> violations,
            List<Reason> violationCodes) {
    }

    private DistributionPreview() {
    }

    public static Preview of(ScoreView view, String unitId, String period, String employeeId, Rating hasilKerja,
            Rating perilakuKerja) {
        Optional<UnitScoreUpdated> unit = view.findUnit(unitId, period);
        Map<Predicate, Integer> counts = new EnumMap<>(Predicate.class);
        unit.ifPresent(u -> u.predicateCounts().forEach((name, n) -> counts.put(Predicate.valueOf(name), n)));
        view.find(employeeId, period).filter(s -> unitId.equals(s.unitId())).map(ScoreUpdated::predicate)
                .ifPresent(current -> counts.merge(Predicate.valueOf(current), -1, Integer::sum));
        Predicate rated = Predicate.of(hasilKerja, perilakuKerja);
        counts.merge(rated, 1, Integer::sum);
        Map<String, Integer> curve = new LinkedHashMap<>();
        for (Predicate p : Predicate.values()) {
            curve.put(p.name(), Math.max(0, counts.getOrDefault(p, 0)));
        }
        String unitPredicate = unit.map(UnitScoreUpdated::unitPredicate).orElse(null);
        List<Reason> broken = unitPredicate == null ? List.of()
                : DistributionCheck.broken(DistributionCheck.UnitPredicate.valueOf(unitPredicate), counts);
        return new Preview(unitId, period, employeeId, rated.name(), curve, unitPredicate,
                broken.stream().map(DistributionCheck::words).toList(), broken);
    }
}
