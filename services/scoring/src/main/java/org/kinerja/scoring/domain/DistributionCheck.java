package org.kinerja.scoring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kinerja.contracts.events.Reason;

/**
 * The distribution pattern of SE MenPANRB 3/2023 (rule R3), checked per unit and period against the unit's organisation
 * predicate. Percentages are over the unit's employees that have a predicate; "at most p %" means count ≤ floor(p × n),
 * "at least p %" means count ≥ ceil(p × n). A violation is guidance for the leadership, never a silent change.
 */
public final class DistributionCheck {

    /** The organisation predicate of a unit (capaian kinerja organisasi). */
    public enum UnitPredicate { ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG }

    private static final String AT_MOST = "_AT_MOST";
    private static final String AT_LEAST = "_AT_LEAST";
    private static final String AT_LEAST_ONE_BUTUH_PERBAIKAN_OR_KURANG = "BUTUH_PERBAIKAN_OR_KURANG_AT_LEAST_ONE";
    private static final String NO_SANGAT_BAIK = "NO_SANGAT_BAIK";

    private DistributionCheck() {
    }

    /** The rules the unit's employee predicates break, in English words; empty when the distribution fits. */
    public static List<String> violations(UnitPredicate unit, Map<Predicate, Integer> counts) {
        return broken(unit, counts).stream().map(DistributionCheck::words).toList();
    }

    /**
     * The rules the unit's employee predicates break, as reasons a client words itself: {@code <WHAT>_AT_MOST} and
     * {@code <WHAT>_AT_LEAST} with [percent, bound, employees, has], {@code BUTUH_PERBAIKAN_OR_KURANG_AT_LEAST_ONE}
     * with none, {@code NO_SANGAT_BAIK} with [has]; empty when the distribution fits.
     */
    public static List<Reason> broken(UnitPredicate unit, Map<Predicate, Integer> counts) {
        int n = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Reason> broken = new ArrayList<>();
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
                    broken.add(Reason.of(AT_LEAST_ONE_BUTUH_PERBAIKAN_OR_KURANG));
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
                atLeast(broken, "KURANG_OR_BUTUH_PERBAIKAN", kurang + butuh, 10, n);
                if (sangatBaik > 0) {
                    broken.add(Reason.of(NO_SANGAT_BAIK, sangatBaik));
                }
            }
        }
        return broken;
    }

    /** A broken rule in English, for people reading the raw events. */
    public static String words(Reason reason) {
        List<String> a = reason.args();
        if (reason.code().equals(AT_LEAST_ONE_BUTUH_PERBAIKAN_OR_KURANG)) {
            return "at least one BUTUH_PERBAIKAN or KURANG";
        }
        if (reason.code().equals(NO_SANGAT_BAIK)) {
            return "no SANGAT_BAIK (has " + a.get(0) + ")";
        }
        boolean atMost = reason.code().endsWith(AT_MOST);
        String what = reason.code().substring(0, reason.code().length() - (atMost ? AT_MOST : AT_LEAST).length())
                .replace("_OR_", " and/or ");
        return what + (atMost ? " at most " : " at least ") + a.get(0) + " % (" + a.get(1) + " of " + a.get(2)
                + "), has " + a.get(3);
    }

    /** The head of a unit takes the unit's achievement as their Hasil Kerja rating (rule R3). */
    public static Rating headRating(UnitPredicate unit) {
        return switch (unit) {
            case ISTIMEWA -> Rating.ABOVE;
            case BAIK -> Rating.MEETS;
            default -> Rating.BELOW;
        };
    }

    private static void atMost(List<Reason> broken, String what, int count, int percent, int n) {
        int limit = Math.floorDiv(percent * n, 100);
        if (count > limit) {
            broken.add(Reason.of(what + AT_MOST, percent, limit, n, count));
        }
    }

    private static void atLeast(List<Reason> broken, String what, int count, int percent, int n) {
        int needed = -Math.floorDiv(-percent * n, 100);
        if (count < needed) {
            broken.add(Reason.of(what + AT_LEAST, percent, needed, n, count));
        }
    }
}
