package org.kinerja.scoring.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.kinerja.contracts.events.Reason;
import org.kinerja.contracts.events.UnitScoreUpdated;

/**
 * Agency and region figures rolled up from their units' figures (at most a few hundred units per region and period,
 * so a rollup is computed when asked, from the read model): employees, predicate counts, the employee-weighted
 * average capaian, units breaking the distribution rule, flagged units, and a ranking, weakest first, so leaders see
 * where to intervene.
 */
public final class Rollups {

    private Rollups() {
    }

    /** One unit's place in a ranking. */
    public record RankedUnit(int rank, String unitId, String agencyId, int employees, BigDecimal averageCapaian,
            String unitPredicate, Map<String, Integer> predicateCounts, List<String> violations, boolean flagged,
            List<String> flagReasons, List<Reason> violationCodes, List<Reason> flagCodes) {
    }

    /** Figures of a group of units (an agency, or the region) in one period. */
    public record Totals(int units, int employees, BigDecimal averageCapaian, Map<String, Integer> predicateCounts,
            int unitsWithViolations, int flaggedUnits) {
    }

    /** An agency's figures; {@code sakip} is its graded SAKIP evaluation when the period is a year that has one. */
    public record AgencyRollup(String agencyId, String period, Totals totals, List<RankedUnit> units,
            AgencySakip sakip) {
    }

    /** An agency's place among the region's agencies. */
    public record RankedAgency(int rank, String agencyId, Totals totals) {
    }

    public record RegionRollup(String regionId, String period, Totals totals, List<RankedAgency> agencies,
            List<RankedUnit> flaggedUnits) {
    }

    /** One period of a trend. */
    public record TrendPoint(String period, Totals totals) {
    }

    public static AgencyRollup agency(String agencyId, String period, List<UnitScoreUpdated> units,
            AgencySakip sakip) {
        return new AgencyRollup(agencyId, period, totals(units), rank(units), sakip);
    }

    public static RegionRollup region(String regionId, String period, List<UnitScoreUpdated> units) {
        Map<String, List<UnitScoreUpdated>> byAgency = units.stream()
                .collect(Collectors.groupingBy(UnitScoreUpdated::agencyId, TreeMap::new, Collectors.toList()));
        List<Map.Entry<String, Totals>> agencies = byAgency.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), totals(e.getValue())))
                .sorted(Comparator.comparing((Map.Entry<String, Totals> e) -> e.getValue().averageCapaian())
                        .thenComparing(Map.Entry::getKey))
                .toList();
        List<RankedAgency> ranked = new ArrayList<>();
        for (int i = 0; i < agencies.size(); i++) {
            ranked.add(new RankedAgency(i + 1, agencies.get(i).getKey(), agencies.get(i).getValue()));
        }
        return new RegionRollup(regionId, period, totals(units), ranked,
                rank(units).stream().filter(RankedUnit::flagged).toList());
    }

    /** Totals per period, oldest first. */
    public static List<TrendPoint> trend(List<UnitScoreUpdated> units) {
        return units.stream().collect(Collectors.groupingBy(UnitScoreUpdated::period, TreeMap::new,
                Collectors.toList())).entrySet().stream()
                .map(e -> new TrendPoint(e.getKey(), totals(e.getValue()))).toList();
    }

    static Totals totals(List<UnitScoreUpdated> units) {
        int employees = units.stream().mapToInt(UnitScoreUpdated::employees).sum();
        BigDecimal weighted = units.stream()
                .map(u -> u.averageCapaian().multiply(BigDecimal.valueOf(u.employees())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal average = employees == 0 ? BigDecimal.ZERO.setScale(2)
                : weighted.divide(BigDecimal.valueOf(employees), 2, RoundingMode.HALF_UP);
        Map<String, Integer> predicates = new TreeMap<>();
        units.forEach(u -> u.predicateCounts().forEach((predicate, count) -> predicates.merge(predicate, count,
                Integer::sum)));
        return new Totals(units.size(), employees, average, predicates,
                (int) units.stream().filter(u -> !u.violations().isEmpty()).count(),
                (int) units.stream().filter(UnitScoreUpdated::flagged).count());
    }

    /** Weakest first: lowest average capaian, then the unit id so the order is stable. */
    static List<RankedUnit> rank(List<UnitScoreUpdated> units) {
        List<UnitScoreUpdated> sorted = units.stream()
                .sorted(Comparator.comparing(UnitScoreUpdated::averageCapaian)
                        .thenComparing(UnitScoreUpdated::unitId))
                .toList();
        List<RankedUnit> result = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            UnitScoreUpdated u = sorted.get(i);
            result.add(new RankedUnit(i + 1, u.unitId(), u.agencyId(), u.employees(), u.averageCapaian(),
                    u.unitPredicate(), u.predicateCounts(), u.violations(), u.flagged(), u.flagReasons(),
                    u.violationCodes(), u.flagCodes()));
        }
        return result;
    }
}
