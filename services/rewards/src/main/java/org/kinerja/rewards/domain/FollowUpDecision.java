package org.kinerja.rewards.domain;

import java.math.BigDecimal;

/**
 * The follow-up signal of an employee's period, before and beside the formal follow-up: a predicate below BAIK is a
 * coaching watch (for a month or a quarter the early warning that precedes the year's evaluation, which alone opens a
 * pembinaan case by default), SANGAT_BAIK a reward candidate; without a predicate yet the proposed Hasil Kerja rating
 * decides (ABOVE → reward candidate, BELOW → coaching watch, MEETS → no action). The reason is in words a supervisor
 * can check.
 */
public record FollowUpDecision(FollowUpKind kind, String reason) {

    public static FollowUpDecision decide(String period, Predicate predicate, String proposedRating,
            BigDecimal averageCapaian) {
        String capaian = "average capaian " + averageCapaian.stripTrailingZeros().toPlainString() + " %";
        if (predicate != null && predicate.belowBaik()) {
            return new FollowUpDecision(FollowUpKind.COACHING_WATCH, "Predicate " + predicate + " in " + period
                    + " (" + capaian + "): " + (period.length() == 4 ? "a pembinaan case follows the year's result"
                            : "an early warning for the penilai; pembinaan follows the year's evaluation"));
        }
        if (predicate == Predicate.SANGAT_BAIK) {
            return new FollowUpDecision(FollowUpKind.REWARD_CANDIDATE, "Predicate SANGAT_BAIK in " + period + " ("
                    + capaian + ")");
        }
        FollowUpKind kind = switch (proposedRating) {
            case "ABOVE" -> FollowUpKind.REWARD_CANDIDATE;
            case "BELOW" -> FollowUpKind.COACHING_WATCH;
            default -> FollowUpKind.NO_ACTION;
        };
        return new FollowUpDecision(kind, "Proposed Hasil Kerja rating " + proposedRating + " expectation ("
                + capaian + ")");
    }
}
