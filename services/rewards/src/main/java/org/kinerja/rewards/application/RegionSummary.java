package org.kinerja.rewards.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kinerja.contracts.Periods;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.rewards.application.FollowUpRecords.Reward;
import org.kinerja.rewards.application.FollowUpRecords.TrainingNeed;
import org.kinerja.rewards.domain.CoachingCase;

/**
 * The region's follow-up at a glance, for its administrator and leaders: rewards granted in a period by kind, open
 * training needs by topic, coaching cases by status (and how many are past their review date), and for a month the
 * TPP computed: employees and the total in rupiah.
 */
public class RegionSummary {

    /** The summary of one period. */
    public record Summary(String period, Map<String, Integer> rewardsGranted, Map<String, Integer> openTrainingNeeds,
            Map<String, Integer> coachingCases, int coachingReviewsOverdue, Integer tppEmployees,
            BigDecimal tppTotal) {
    }

    private final FollowUpRulesStore rules;
    private final TppStore tpp;
    private final java.time.Clock clock;

    public RegionSummary(FollowUpRulesStore rules, TppStore tpp, java.time.Clock clock) {
        this.rules = rules;
        this.tpp = tpp;
        this.clock = clock;
    }

    public Summary of(Caller caller, String period) {
        if (!caller.readsRegion()) {
            throw Refusal.notAllowed("region-readers-only", "The region's summary is for its administrator and "
                    + "leaders.");
        }
        if (!Periods.valid(period)) {
            throw Refusal.invalid("invalid-period", "A period is a year (2026), a month (2026-03) or a "
                    + "quarter (2026-Q1).");
        }
        Map<String, Integer> rewards = new TreeMap<>();
        for (Reward reward : rules.rewardsIn(period)) {
            if (Reward.GRANTED.equals(reward.status())) {
                rewards.merge(reward.kind(), 1, Integer::sum);
            }
        }
        Map<String, Integer> needs = new TreeMap<>();
        for (TrainingNeed need : rules.needsIn(period)) {
            if ("OPEN".equals(need.status())) {
                needs.merge(need.topic(), 1, Integer::sum);
            }
        }
        Map<String, Integer> cases = new TreeMap<>();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        int overdue = 0;
        for (CoachingCase c : rules.allCases()) {
            cases.merge(c.status().name(), 1, Integer::sum);
            overdue += c.status() == CoachingCase.Status.OPEN && today.isAfter(c.reviewDue()) ? 1 : 0;
        }
        Integer employees = null;
        BigDecimal total = null;
        if (Periods.isMonth(period)) {
            List<TppMonth> months = tpp.monthsIn(period).stream().filter(m -> m.result() != null).toList();
            employees = months.size();
            total = months.stream().map(m -> m.result().total()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return new Summary(period, rewards, needs, cases, overdue, employees, total);
    }
}
