package org.kinerja.rewards.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Periods;
import org.kinerja.contracts.events.RewardChanged;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.rewards.application.FollowUpRecords.PredicateRecord;
import org.kinerja.rewards.application.FollowUpRecords.Reward;
import org.kinerja.rewards.application.FollowUpRecords.UnitStandings;
import org.kinerja.rewards.domain.Because;
import org.kinerja.rewards.domain.FollowUpIds;
import org.kinerja.rewards.domain.RewardEvidence;
import org.kinerja.rewards.domain.RewardRules;
import org.kinerja.rewards.domain.RewardsPolicy;
import org.kinerja.rewards.domain.UnitPattern;

/**
 * The reward rules of R8: a certificate and promotion priority for a run of SANGAT_BAIK, an incentive recommendation
 * for a unit's best performers, each granted only on its evidence (capaian, the unit's pattern or its justified
 * deviation), withheld with what is missing, revoked when the run or the rank is gone. Each reward is stored under an
 * id derived from what decided it, so a replayed score never grants twice.
 */
public class RewardDecisions {

    private final FollowUpRulesStore store;
    private final PolicyBook policies;
    private final Clock clock;
    private final String source;

    public RewardDecisions(FollowUpRulesStore store, PolicyBook policies, String region, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.clock = clock;
        this.source = EventSource.of(region);
    }

    /** A period's predicate applied: the SANGAT_BAIK runs it ends or is part of, and its unit's ranking. */
    void onPredicate(PredicateRecord record, RewardsPolicy policy) {
        sangatBaikRun(record, policy);
        rankUnit(record.unitId(), record.period(), policy, Optional.of(record));
    }

    UnitPattern pattern(String unitId, String period) {
        return store.pattern(unitId, period).orElseGet(() -> UnitPattern.none(unitId, period));
    }

    /** Every reward of the unit's period decided again: after its evidence changed. */
    void reconsider(String unitId, String period) {
        RewardsPolicy policy = policies.forPeriod(period);
        if (!policy.rewards().actsOn(period)) {
            return;
        }
        store.standings(unitId, period).ifPresent(standings -> {
            standings.standings().keySet().forEach(employee -> store.predicate(employee, period)
                    .ifPresent(record -> runEndingAt(record, policy)));
            rankUnit(unitId, period, policy, Optional.empty());
        });
    }

    /**
     * The run ending at this period, and the runs of the next periods that include it: a period re-rated away from
     * SANGAT_BAIK takes back what later runs granted on the strength of it.
     */
    private void sangatBaikRun(PredicateRecord record, RewardsPolicy policy) {
        runEndingAt(record, policy);
        String later = record.period();
        for (int i = 1; i < policy.rewards().certificateAfterConsecutiveSangatBaik(); i++) {
            later = Periods.next(later);
            store.predicate(record.employeeId(), later).ifPresent(p -> runEndingAt(p, policy));
        }
    }

    private void runEndingAt(PredicateRecord record, RewardsPolicy policy) {
        int needed = policy.rewards().certificateAfterConsecutiveSangatBaik();
        Optional<List<String>> run = RewardRules.sangatBaikRun(record.period(), needed,
                period -> store.predicate(record.employeeId(), period).map(PredicateRecord::predicate));
        UnitPattern pattern = pattern(record.unitId(), record.period());
        Optional<Because> missing = RewardEvidence.missing(policy.rewards(), record.averageCapaian(), pattern);
        String unitsOfTime = Periods.isYear(record.period()) ? "years" : "periods";
        String runOf = "SANGAT_BAIK in " + needed + " consecutive " + unitsOfTime;
        for (String kind : List.of("CERTIFICATE", "PROMOTION_PRIORITY")) {
            String id = FollowUpIds.reward(kind, record.employeeId(), record.period());
            if (run.isPresent() && missing.isEmpty()) {
                String periods = String.join(", ", run.get());
                grant(id, record.employeeId(), record.agencyId(), record.unitId(), kind, record.period(), run.get(),
                        Because.of(runOf + ": " + periods + "; evidence", "SANGAT_BAIK_RUN", needed, unitsOfTime,
                                periods).then(": ", RewardEvidence.held(policy.rewards(), record.averageCapaian(),
                                        pattern)),
                        policy.version());
            } else if (run.isPresent()) {
                withhold(id, record.employeeId(), record.agencyId(), record.unitId(), kind, record.period(),
                        run.get(), withheld(missing.get()), policy.version());
            } else {
                revoke(id, Because.of("no longer " + runOf + " up to " + record.period(), "NO_LONGER_SANGAT_BAIK_RUN",
                        needed, unitsOfTime, record.period()));
            }
        }
    }

    /**
     * A unit's best performers of a period recommended for an incentive: among those rated BAIK or better whose
     * capaian is the evidence a reward needs, and only while the unit kept its pattern (or its deviation is
     * justified); {@code changed} is the predicate that moved the standings, if one did.
     */
    private void rankUnit(String unitId, String period, RewardsPolicy policy, Optional<PredicateRecord> changed) {
        if (unitId == null) {
            return;
        }
        OptimisticWrites.retry(() -> {
            UnitStandings current = store.standings(unitId, period).orElseGet(() ->
                    new UnitStandings(unitId + ":" + period, unitId, period, Map.of(), List.of(), 0));
            Map<String, RewardRules.Standing> standings = new HashMap<>(current.standings());
            changed.ifPresent(record -> standings.put(record.employeeId(), new RewardRules.Standing(
                    record.employeeId(), record.predicate(), record.averageCapaian())));
            UnitPattern pattern = pattern(unitId, period);
            Map<String, RewardRules.Standing> evidenced = new HashMap<>();
            standings.forEach((employee, standing) -> {
                if (RewardEvidence.missing(policy.rewards(), standing.averageCapaian(), pattern).isEmpty()) {
                    evidenced.put(employee, standing);
                }
            });
            List<RewardRules.Standing> best = RewardRules.bestPerformers(evidenced,
                    policy.rewards().incentiveTopPerUnit());
            List<String> recommended = best.stream().map(RewardRules.Standing::employeeId).toList();
            UnitStandings next = new UnitStandings(current.id(), unitId, period, standings, recommended,
                    current.version() + 1);
            if (!store.saveStandings(next)) {
                return false;
            }
            for (int rank = 0; rank < best.size(); rank++) {
                RewardRules.Standing s = best.get(rank);
                String agencyId = store.predicate(s.employeeId(), period).map(PredicateRecord::agencyId).orElse(null);
                grant(FollowUpIds.incentive(unitId, period, s.employeeId()), s.employeeId(), agencyId, unitId,
                        "INCENTIVE_RECOMMENDATION", period, List.of(period), Because.of("best performer no. "
                                + (rank + 1) + " of unit " + unitId + " in " + period + ": predicate " + s.predicate()
                                + "; evidence", "BEST_PERFORMER", rank + 1, period, s.predicate())
                                .then(": ", RewardEvidence.held(policy.rewards(), s.averageCapaian(), pattern)),
                        policy.version());
            }
            for (String dropped : current.recommended()) {
                if (!recommended.contains(dropped)) {
                    String id = FollowUpIds.incentive(unitId, period, dropped);
                    Optional<Because> missing = RewardEvidence.missing(policy.rewards(), standings.get(dropped) == null
                            ? null : standings.get(dropped).averageCapaian(), pattern);
                    if (missing.isPresent()) {
                        String agencyId = store.predicate(dropped, period).map(PredicateRecord::agencyId)
                                .orElse(null);
                        withhold(id, dropped, agencyId, unitId, "INCENTIVE_RECOMMENDATION", period,
                                List.of(period), withheld(missing.get()), policy.version());
                    } else {
                        revoke(id, Because.of("no longer among the best " + policy.rewards().incentiveTopPerUnit()
                                + " of unit " + unitId + " in " + period, "NO_LONGER_BEST",
                                policy.rewards().incentiveTopPerUnit(), period));
                    }
                }
            }
            return true;
        }, () -> new IllegalStateException("standings of " + unitId + " kept changing under us"));
    }

    private void grant(String id, String employeeId, String agencyId, String unitId, String kind, String period,
            List<String> periods, Because reason, long policyVersion) {
        // Granted stays granted whatever the reason now says: the reward was given on the evidence it named then.
        decide(id, current -> current.filter(r -> Reward.GRANTED.equals(r.status())).isPresent() ? null
                : decided(current, Reward.GRANTED, id, employeeId, agencyId, unitId, kind, period, periods, reason,
                        policyVersion));
    }

    /** Earned but not given: recorded as WITHHELD with what is missing, so the employee sees why. */
    private void withhold(String id, String employeeId, String agencyId, String unitId, String kind, String period,
            List<String> periods, Because reason, long policyVersion) {
        decide(id, current -> current.filter(r -> Reward.WITHHELD.equals(r.status())
                && r.reason().equals(reason.words())).isPresent() ? null
                        : decided(current, Reward.WITHHELD, id, employeeId, agencyId, unitId, kind, period, periods,
                                reason, policyVersion));
    }

    /** A withheld reward's reason: what is missing. */
    private static Because withheld(Because missing) {
        return new Because("withheld: " + missing.words(), missing.codes());
    }

    private void revoke(String id, Because reason) {
        decide(id, current -> current.isEmpty() || Reward.REVOKED.equals(current.get().status()) ? null
                : current.get().revoked(reason, clock.instant()));
    }

    /** The reward decided again, or decided for the first time, in this status. */
    private Reward decided(Optional<Reward> current, String status, String id, String employeeId, String agencyId,
            String unitId, String kind, String period, List<String> periods, Because reason, long policyVersion) {
        Instant now = clock.instant();
        return current.map(r -> r.decided(status, reason, periods, policyVersion, now)).orElseGet(() ->
                new Reward(id, employeeId, agencyId, unitId, kind, status, period, periods, reason.words(),
                        policyVersion, now, 1, reason.codes()));
    }

    /**
     * One reward's decision, compare-and-set with its event: {@code next} answers the reward to store over the one
     * stored now, or null when nothing is to change; a write that lost to another is decided again.
     */
    private void decide(String id, java.util.function.Function<Optional<Reward>, Reward> next) {
        OptimisticWrites.retry(() -> {
            Reward decided = next.apply(store.reward(id));
            return decided == null || store.saveReward(decided, event(decided));
        }, () -> new IllegalStateException("reward " + id + " kept changing under us"));
    }

    private OutgoingEvent event(Reward r) {
        return OutgoingEvent.of(EventType.REWARD_CHANGED, "reward:" + r.rewardId() + ":" + r.version(), source,
                r.employeeId(), r.rewardId(), r.decidedAt(), new RewardChanged(r.rewardId(), r.employeeId(),
                        r.agencyId(), r.unitId(), r.kind(), r.status(), r.period(), r.periods(), r.reason(),
                        r.policyVersion(), r.decidedAt(), r.reasonCodes()));
    }
}
