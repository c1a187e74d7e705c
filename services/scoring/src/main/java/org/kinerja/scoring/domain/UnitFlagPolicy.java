package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kinerja.contracts.events.Reason;

/**
 * When a unit performs badly enough for leaders to intervene: its employees' average capaian is below
 * {@code minAverageCapaian} (default 90, the MEETS band), or more than {@code maxBelowBaikPercent} % of its predicates
 * are below BAIK (default 30 %). Both are configurable per region.
 */
public record UnitFlagPolicy(BigDecimal minAverageCapaian, BigDecimal maxBelowBaikPercent) {

    private static final String AVERAGE_CAPAIAN_BELOW = "AVERAGE_CAPAIAN_BELOW";
    private static final String BELOW_BAIK_SHARE_ABOVE = "BELOW_BAIK_SHARE_ABOVE";

    public static final UnitFlagPolicy DEFAULT = new UnitFlagPolicy(new BigDecimal("90"), new BigDecimal("30"));

    /** The reasons the unit is flagged, in English words; empty when it is not. */
    public List<String> reasons(int members, BigDecimal averageCapaian, Map<Predicate, Integer> predicates) {
        return causes(members, averageCapaian, predicates).stream().map(UnitFlagPolicy::words).toList();
    }

    /**
     * The reasons the unit is flagged, as reasons a client words itself: {@code AVERAGE_CAPAIAN_BELOW} with [average,
     * minimum], {@code BELOW_BAIK_SHARE_ABOVE} with [share in %, maximum in %]; empty when it is not flagged.
     */
    public List<Reason> causes(int members, BigDecimal averageCapaian, Map<Predicate, Integer> predicates) {
        List<Reason> reasons = new ArrayList<>();
        if (members == 0) {
            return reasons;
        }
        if (averageCapaian.compareTo(minAverageCapaian) < 0) {
            reasons.add(Reason.of(AVERAGE_CAPAIAN_BELOW, averageCapaian, minAverageCapaian));
        }
        int rated = predicates.values().stream().mapToInt(Integer::intValue).sum();
        int belowBaik = predicates.entrySet().stream().filter(e -> e.getKey().belowBaik())
                .mapToInt(Map.Entry::getValue).sum();
        if (rated > 0) {
            BigDecimal share = BigDecimal.valueOf(belowBaik * 100L).divide(BigDecimal.valueOf(rated), 2,
                    RoundingMode.HALF_UP);
            if (share.compareTo(maxBelowBaikPercent) > 0) {
                reasons.add(Reason.of(BELOW_BAIK_SHARE_ABOVE, share, maxBelowBaikPercent));
            }
        }
        return reasons;
    }

    /** A flag's reason in English, for people reading the raw events. */
    public static String words(Reason reason) {
        List<String> a = reason.args();
        return reason.code().equals(AVERAGE_CAPAIAN_BELOW) ? "average capaian " + a.get(0) + " below " + a.get(1)
                : a.get(0) + " % of predicates below BAIK (more than " + a.get(1) + " %)";
    }
}
