package org.kinerja.scoring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The distribution pattern of SE MenPANRB 3/2023 (rule R3), checked per unit and period against the unit's organisation
 * predicate. Percentages are over the unit's employees that have a predicate; "at most p %" means count ≤ floor(p × n),
 * "at least p %" means count ≥ ceil(p × n). A violation is guidance for the leadership, never a silent change.
 */
public final class DistributionCheck {

    /** The organisation predicate of a unit (capaian kinerja organisasi). */
    public enum UnitPredicate { ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG }

    private DistributionCheck() {
    }

    /** The rules the unit's employee predicates break, in words; empty when the distribution fits. */
    public static List<String> violations(UnitPredicate unit, Map<Predicate, Integer> counts) {
        int n = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> broken = new ArrayList<>();
        if (n == 0) {
            return broken;
        }
        int sangatBaik = counts.getOrDefault(Predicate.SANGAT_BAIK, 0);
        int baik = counts.getOrDefault(Predicate.BAIK, 0);
        int butuh = counts.getOrDefault(Predicate.BUTUH_PERBAIKAN, 0);
        int kurang = counts.getOrDefault(Predicate.KURANG, 0);
        int sangatKurang = counts.getOrDefault(Predicate.SANGAT_KURANG, 0);
        switch (unit) {
            case ISTIMEWA -> atMost(broken, "SANGAT_BAIK", sangatBaik, 70, n);
            case BAIK -> {
                atMost(broken, "BAIK", baik, 70, n);
                if (butuh + kurang < 1) {
                    broken.add("at least one BUTUH_PERBAIKAN or KURANG");
                }
            }
            case BUTUH_PERBAIKAN -> {
                atLeast(broken, "BUTUH_PERBAIKAN", butuh, 60, n);
                atMost(broken, "SANGAT_BAIK", sangatBaik, 10, n);
            }
            case KURANG -> {
                atLeast(broken, "KURANG", kurang, 60, n);
                atLeast(broken, "BUTUH_PERBAIKAN", butuh, 10, n);
                atMost(broken, "SANGAT_BAIK", sangatBaik, 10, n);
            }
            case SANGAT_KURANG -> {
                atLeast(broken, "SANGAT_KURANG", sangatKurang, 60, n);
                atLeast(broken, "KURANG and/or BUTUH_PERBAIKAN", kurang + butuh, 10, n);
                if (sangatBaik > 0) {
                    broken.add("no SANGAT_BAIK (has " + sangatBaik + ")");
                }
            }
        }
        return broken;
    }

    /** The head of a unit takes the unit's achievement as their Hasil Kerja rating (rule R3). */
    public static Rating headRating(UnitPredicate unit) {
        return switch (unit) {
            case ISTIMEWA -> Rating.ABOVE;
            case BAIK -> Rating.MEETS;
            default -> Rating.BELOW;
        };
    }

    private static void atMost(List<String> broken, String what, int count, int percent, int n) {
        int limit = Math.floorDiv(percent * n, 100);
        if (count > limit) {
            broken.add(what + " at most " + percent + " % (" + limit + " of " + n + "), has " + count);
        }
    }

    private static void atLeast(List<String> broken, String what, int count, int percent, int n) {
        int needed = -Math.floorDiv(-percent * n, 100);
        if (count < needed) {
            broken.add(what + " at least " + percent + " % (" + needed + " of " + n + "), has " + count);
        }
    }
}
