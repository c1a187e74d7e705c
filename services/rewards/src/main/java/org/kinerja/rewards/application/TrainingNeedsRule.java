package org.kinerja.rewards.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.contracts.events.TrainingNeedChanged;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.rewards.application.FollowUpRecords.TrainingNeed;
import org.kinerja.rewards.domain.RewardsPolicy;
import org.kinerja.rewards.domain.TrainingNeeds;

/**
 * Training needs (R8): a need opened for each weak aspect of a score (an indicator's KUALITAS capaian, the penilai's
 * KOMPETEN score) below the policy's threshold, resolved when a later score of the period no longer shows it.
 */
public class TrainingNeedsRule {

    private final FollowUpRulesStore store;
    private final Clock clock;
    private final String source;

    public TrainingNeedsRule(FollowUpRulesStore store, String region, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.source = EventSource.of(region);
    }

    /** A score applied: needs from its indicators' weak KUALITAS capaian. */
    void onScore(ScoreUpdated score, RewardsPolicy policy) {
        List<TrainingNeeds.Need> needs = TrainingNeeds.fromIndicators(policy.training(), score.indicators().stream()
                .map(i -> new TrainingNeeds.IndicatorResult(i.indicatorId(), i.aspect(), i.capaian())).toList());
        Map<String, TrainingNeeds.Need> wanted = needs.stream().collect(Collectors.toMap(TrainingNeeds.Need::topic,
                n -> n, (a, b) -> a));
        Set<String> scope = score.indicators().stream().map(i -> "KUALITAS:" + i.indicatorId())
                .collect(Collectors.toSet());
        settleNeeds(score.employeeId(), score.agencyId(), score.unitId(), score.period(), wanted, scope);
    }

    /** Opens the wanted needs not open yet; resolves open needs within {@code scope} no longer wanted. */
    void settleNeeds(String employeeId, String agencyId, String unitId, String period,
            Map<String, TrainingNeeds.Need> wanted, Set<String> scope) {
        Set<String> topics = new HashSet<>(scope);
        topics.addAll(wanted.keySet());
        Map<String, TrainingNeed> held = store.needsOf(employeeId, period, topics).stream()
                .collect(Collectors.toMap(TrainingNeed::topic, n -> n));
        Instant now = clock.instant();
        wanted.forEach((topic, need) -> {
            TrainingNeed current = held.get(topic);
            if (current == null || !"OPEN".equals(current.status())) {
                TrainingNeed next = new TrainingNeed(TrainingNeed.idFor(employeeId, period, topic), employeeId, agencyId,
                        unitId, period, topic, need.reason(), "OPEN", now, current == null ? 1 : current.version() + 1);
                store.saveNeed(next, event(next));
            }
        });
        held.values().stream().filter(n -> "OPEN".equals(n.status()) && scope.contains(n.topic())
                && !wanted.containsKey(n.topic())).forEach(n -> {
                    TrainingNeed resolved = new TrainingNeed(n.needId(), n.employeeId(), n.agencyId(), n.unitId(),
                            n.period(), n.topic(), n.reason(), "RESOLVED", now, n.version() + 1);
                    store.saveNeed(resolved, event(resolved));
                });
    }

    private OutgoingEvent event(TrainingNeed n) {
        return OutgoingEvent.of(EventType.TRAINING_NEED_CHANGED, "training:" + n.needId() + ":" + n.version(), source,
                n.employeeId(), n.needId(), n.changedAt(), new TrainingNeedChanged(n.needId(), n.employeeId(),
                        n.agencyId(), n.unitId(), n.period(), n.topic(), n.reason(), n.status(), n.changedAt()));
    }
}
