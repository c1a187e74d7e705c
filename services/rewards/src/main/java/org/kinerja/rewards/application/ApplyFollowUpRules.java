package org.kinerja.rewards.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.kinerja.contracts.events.DistributionChanged;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.rewards.application.FollowUpRecords.PredicateRecord;
import org.kinerja.rewards.application.FollowUpRecords.Reward;
import org.kinerja.rewards.application.FollowUpRecords.TrainingNeed;
import org.kinerja.rewards.domain.EmployeeProfile;
import org.kinerja.rewards.domain.Predicate;
import org.kinerja.rewards.domain.RewardsPolicy;
import org.kinerja.rewards.domain.TrainingNeeds;
import org.kinerja.rewards.domain.UnitPattern;

/**
 * The follow-up rules of R8, applied to every score (and every KOMPETEN score) under the policy pinned for its
 * period, each family in its own class: rewards ({@link RewardDecisions}), pembinaan ({@link CoachingCases}) and
 * training needs ({@link TrainingNeedsRule}). Every decision is stored under an id derived from what decided it and
 * published once with its reason, so a score replayed or delivered twice never grants, opens or records twice.
 */
public class ApplyFollowUpRules {

    private final FollowUpRulesStore store;
    private final EmployeeDirectory directory;
    private final FollowUpReadAccess access;
    private final PolicyBook policies;
    private final RewardDecisions rewards;
    private final CoachingCases coaching;
    private final TrainingNeedsRule training;
    private final Clock clock;

    public ApplyFollowUpRules(FollowUpRulesStore store, EmployeeDirectory directory, PolicyBook policies,
            RewardDecisions rewards, CoachingCases coaching, TrainingNeedsRule training, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.access = new FollowUpReadAccess(directory);
        this.policies = policies;
        this.rewards = rewards;
        this.coaching = coaching;
        this.training = training;
        this.clock = clock;
    }

    public void onScore(ScoreUpdated score) {
        RewardsPolicy policy = policies.forPeriod(score.period());
        training.onScore(score, policy);
        if (score.predicate() == null) {
            return;
        }
        PredicateRecord record = new PredicateRecord(score.employeeId() + ":" + score.period(), score.employeeId(),
                score.period(), Predicate.valueOf(score.predicate()), score.averageCapaian(), score.agencyId(),
                score.unitId(), score.version());
        if (!store.savePredicate(record)) {
            return; // not newer than what was applied: a redelivery
        }
        if (policy.rewards().actsOn(record.period())) {
            rewards.onPredicate(record, policy);
        }
        coaching.onScore(score, policy);
    }

    /**
     * Scoring's word on a unit's distribution pattern in a period: the rewards of its people in that period are
     * decided again on the new evidence (granted where it now holds, revoked where it no longer does).
     */
    public void onDistribution(DistributionChanged distribution) {
        OptimisticWrites.retry(() -> {
            UnitPattern current = store.pattern(distribution.unitId(), distribution.period())
                    .orElseGet(() -> UnitPattern.none(distribution.unitId(), distribution.period()));
            if (current.distributionVersion() >= distribution.version()) {
                return true; // a redelivery, or older than what is held
            }
            if (store.savePattern(current.reported(distribution.status(), distribution.violations(),
                    distribution.version()))) {
                rewards.reconsider(distribution.unitId(), distribution.period());
                return true;
            }
            return false;
        }, () -> new IllegalStateException("pattern of " + distribution.unitId() + " kept changing under us"));
    }

    /**
     * The leadership's justification of a unit's deviation from its distribution pattern (SE MenPANRB 3/2023: the
     * pattern is guidance), recorded by the administrator: the unit's rewards of the period may then stand on it.
     */
    public UnitPattern justifyDeviation(Caller caller, String unitId, String period, String reason) {
        if (!caller.isAdmin()) {
            throw Refusal.notAllowed("admin-only", "Only the region's administrator records the leadership's "
                    + "justification of a deviation from the distribution pattern.");
        }
        return OptimisticWrites.retryFor(() -> {
            UnitPattern current = store.pattern(unitId, period).orElseGet(() -> UnitPattern.none(unitId, period));
            if (!current.violated()) {
                throw Refusal.invalid("pattern-not-broken", "Unit " + unitId + " kept its distribution "
                        + "pattern in " + period + " as far as scoring reported: there is no deviation to justify.");
            }
            UnitPattern next = current.justified(reason.strip(), caller.subject(), clock.instant());
            if (store.savePattern(next)) {
                rewards.reconsider(unitId, period);
                return Optional.of(next);
            }
            return Optional.empty();
        }, () -> Refusal.conflict("pattern-changed", "The unit's pattern changed meanwhile; try again."));
    }

    /** The unit's pattern as its rewards read it: for the unit's agency and the region's readers. */
    public UnitPattern pattern(Caller caller, String unitId, String period) {
        access.requireUnit(caller, unitId);
        return rewards.pattern(unitId, period);
    }

    /** The penilai's KOMPETEN score of a month: below the policy's threshold it is a training need. */
    public void onKompeten(String employeeId, String month, int value) {
        RewardsPolicy policy = policies.forPeriod(month);
        Optional<EmployeeProfile> employee = directory.find(employeeId);
        List<TrainingNeeds.Need> needs = TrainingNeeds.fromKompeten(policy.training(), value);
        String topic = "BERAKHLAK:KOMPETEN";
        Map<String, TrainingNeeds.Need> wanted = needs.stream().collect(Collectors.toMap(TrainingNeeds.Need::topic,
                n -> n));
        training.settleNeeds(employeeId, employee.map(EmployeeProfile::agencyId).orElse(""), employee.map(
                EmployeeProfile::unitId).orElse(null), month, wanted, Set.of(topic));
    }

    public List<Reward> rewardsOfEmployee(Caller caller, String employeeId) {
        access.requirePersonal(caller, employeeId);
        return store.rewardsOfEmployee(employeeId);
    }

    public Reward reward(Caller caller, String rewardId) {
        Optional<Reward> found = store.reward(rewardId);
        access.requirePersonal(caller, found.map(Reward::employeeId), rewardId);
        return found.orElseThrow(() -> Refusal.notFound("reward-not-found", "No reward " + rewardId + "."));
    }


    public List<Reward> rewardsOfUnit(Caller caller, String unitId, String period) {
        access.requireUnit(caller, unitId);
        return store.rewardsOfUnit(unitId, period);
    }

    public List<TrainingNeed> trainingNeedsOfUnit(Caller caller, String unitId, String period) {
        access.requireUnit(caller, unitId);
        return store.needsOfUnit(unitId, period);
    }
}
