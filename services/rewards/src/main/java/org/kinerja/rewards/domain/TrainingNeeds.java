package org.kinerja.rewards.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Training needs from weak aspects (R8): each KUALITAS indicator whose capaian is below the policy's threshold, and a
 * KOMPETEN score below the policy's threshold, is a need, named by a topic an agency can plan training around.
 */
public final class TrainingNeeds {

    private TrainingNeeds() {
    }

    /** One indicator of a score: its id, aspect and capaian. */
    public record IndicatorResult(String indicatorId, String aspect, BigDecimal capaian) {
    }

    /** A training need: the topic, and why in words. */
    public record Need(String topic, String reason) {
    }

    public static List<Need> fromIndicators(RewardsPolicy.Training policy, List<IndicatorResult> indicators) {
        List<Need> needs = new ArrayList<>();
        for (IndicatorResult indicator : indicators) {
            if ("KUALITAS".equals(indicator.aspect())
                    && indicator.capaian().compareTo(policy.kualitasCapaianBelow()) < 0) {
                needs.add(new Need("KUALITAS:" + indicator.indicatorId(), "quality indicator " + indicator.indicatorId()
                        + " at " + indicator.capaian().toPlainString() + " % capaian, below "
                        + policy.kualitasCapaianBelow().toPlainString() + " %"));
            }
        }
        return needs;
    }

    public static List<Need> fromKompeten(RewardsPolicy.Training policy, int score) {
        return score < policy.kompetenScoreBelow()
                ? List.of(new Need("BERAKHLAK:KOMPETEN", "KOMPETEN scored " + score + ", below "
                        + policy.kompetenScoreBelow()))
                : List.of();
    }
}
