package org.kinerja.rewards.domain;

import java.math.BigDecimal;

/**
 * The foundation's follow-up rule: the proposed Hasil Kerja rating decides the kind (ABOVE → reward candidate,
 * BELOW → coaching watch, MEETS → no action), with the reason in words a supervisor can check.
 */
public record FollowUpDecision(FollowUpKind kind, String reason) {

    public static FollowUpDecision decide(String proposedRating, BigDecimal averageCapaian) {
        FollowUpKind kind = switch (proposedRating) {
            case "ABOVE" -> FollowUpKind.REWARD_CANDIDATE;
            case "BELOW" -> FollowUpKind.COACHING_WATCH;
            default -> FollowUpKind.NO_ACTION;
        };
        String reason = "Proposed Hasil Kerja rating " + proposedRating + " expectation (average capaian "
                + averageCapaian.stripTrailingZeros().toPlainString() + " %)";
        return new FollowUpDecision(kind, reason);
    }
}
