package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When a unit performs badly enough for leaders to intervene: its employees' average capaian is below
 * {@code minAverageCapaian} (default 90, the MEETS band), or more than {@code maxBelowBaikPercent} % of its predicates
 * are below BAIK (default 30 %). Both are configurable per region.
 */
public record UnitFlagPolicy(BigDecimal minAverageCapaian, BigDecimal maxBelowBaikPercent) {

    public static final UnitFlagPolicy DEFAULT = new UnitFlagPolicy(new BigDecimal("90"), new BigDecimal("30"));

    /** The reasons the unit is flagged, in words; empty when it is not. */
    public List<String> reasons(int members, BigDecimal averageCapaian, Map<Predicate, Integer> predicates) {
        List<String> reasons = new ArrayList<>();
        if (members == 0) {
            return reasons;
        }
        if (averageCapaian.compareTo(minAverageCapaian) < 0) {
            reasons.add("average capaian " + averageCapaian.toPlainString() + " below "
                    + minAverageCapaian.toPlainString());
        }
        int rated = predicates.values().stream().mapToInt(Integer::intValue).sum();
        int belowBaik = predicates.entrySet().stream().filter(e -> e.getKey().belowBaik())
                .mapToInt(Map.Entry::getValue).sum();
        if (rated > 0) {
            BigDecimal share = BigDecimal.valueOf(belowBaik * 100L).divide(BigDecimal.valueOf(rated), 2,
                    RoundingMode.HALF_UP);
            if (share.compareTo(maxBelowBaikPercent) > 0) {
                reasons.add(share.toPlainString() + " % of predicates below BAIK (more than "
                        + maxBelowBaikPercent.toPlainString() + " %)");
            }
        }
        return reasons;
    }
}
