package org.kinerja.rewards.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Periods;
import org.kinerja.contracts.events.CoachingCaseChanged;
import org.kinerja.contracts.events.DistributionChanged;
import org.kinerja.contracts.events.RewardChanged;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.contracts.events.TrainingNeedChanged;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.security.Caller;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.rewards.application.FollowUpRecords.PredicateRecord;
import org.kinerja.rewards.application.FollowUpRecords.Reward;
import org.kinerja.rewards.application.FollowUpRecords.TrainingNeed;
import org.kinerja.rewards.application.FollowUpRecords.UnitStandings;
import org.kinerja.rewards.domain.CoachingCase;
import org.kinerja.rewards.domain.EmployeeProfile;
import org.kinerja.rewards.domain.FollowUpIds;
import org.kinerja.rewards.domain.Because;
import org.kinerja.rewards.domain.RewardEvidence;
import org.kinerja.rewards.domain.RewardRules;
import org.kinerja.rewards.domain.RewardsPolicy;
import org.kinerja.rewards.domain.TrainingNeeds;
import org.kinerja.rewards.domain.UnitPattern;

/**
 * The follow-up rules of R8, applied to every score (and every KOMPETEN score) under the policy pinned for its
 * period: rewards for runs of SANGAT_BAIK and for a unit's best performers, pembinaan cases for predicates below BAIK,
 * training needs from weak aspects. Every decision is stored under an id derived from what decided it and published
 * once with its reason, so a score replayed or delivered twice never grants, opens or records twice.
 */
public class ApplyFollowUpRules {

    private static final int ATTEMPTS = 8;

    private final FollowUpRulesStore store;
    private final EmployeeDirectory directory;
    private final FollowUpReadAccess access;
    private final PolicyBook policies;
    private final Clock clock;
    private final ZoneId zone;
    private final String source;

    public ApplyFollowUpRules(FollowUpRulesStore store, EmployeeDirectory directory, PolicyBook policies,
            String region, Clock clock, ZoneId zone) {
        this.store = store;
        this.directory = directory;
        this.access = new FollowUpReadAccess(directory);
        this.policies = policies;
        this.clock = clock;
        this.zone = zone;
        this.source = "/services/rewards/" + region;
    }

    public void onScore(ScoreUpdated score) {
        RewardsPolicy policy = policies.forPeriod(score.period());
        trainingNeeds(score, policy);
        if (score.predicate() == null) {
            return;
        }
        PredicateRecord record = new PredicateRecord(score.employeeId() + ":" + score.period(), score.employeeId(),
                score.period(), score.predicate(), score.averageCapaian(), score.agencyId(), score.unitId(),
                score.version());
        if (!store.savePredicate(record)) {
            return; // not newer than what was applied: a redelivery
        }
        if (policy.rewards().actsOn(record.period())) {
            sangatBaikRun(record, policy);
            rankUnit(record.unitId(), record.period(), policy, Optional.of(record));
        }
        coaching(score, policy);
    }

    /**
     * Scoring's word on a unit's distribution pattern in a period: the rewards of its people in that period are
     * decided again on the new evidence (granted where it now holds, revoked where it no longer does).
     */
    public void onDistribution(DistributionChanged distribution) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            UnitPattern current = store.pattern(distribution.unitId(), distribution.period())
                    .orElseGet(() -> UnitPattern.none(distribution.unitId(), distribution.period()));
            if (current.distributionVersion() >= distribution.version()) {
                return; // a redelivery, or older than what is held
            }
            if (store.savePattern(current.reported(distribution.status(), distribution.violations(),
                    distribution.version()))) {
                reconsider(distribution.unitId(), distribution.period());
                return;
            }
        }
        throw new IllegalStateException("pattern of " + distribution.unitId() + " kept changing under us");
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
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            UnitPattern current = store.pattern(unitId, period).orElseGet(() -> UnitPattern.none(unitId, period));
            if (!current.violated()) {
                throw Refusal.invalid("pattern-not-broken", "Unit " + unitId + " kept its distribution "
                        + "pattern in " + period + " as far as scoring reported: there is no deviation to justify.");
            }
            UnitPattern next = current.justified(reason.strip(), caller.subject(), clock.instant());
            if (store.savePattern(next)) {
                reconsider(unitId, period);
                return next;
            }
        }
        throw Refusal.conflict("pattern-changed", "The unit's pattern changed meanwhile; try again.");
    }

    /** The unit's pattern as its rewards read it: for the unit's agency and the region's readers. */
    public UnitPattern pattern(Caller caller, String unitId, String period) {
        access.requireUnit(caller, unitId);
        return pattern(unitId, period);
    }

    private UnitPattern pattern(String unitId, String period) {
        return store.pattern(unitId, period).orElseGet(() -> UnitPattern.none(unitId, period));
    }

    /** Every reward of the unit's period decided again: after its evidence changed. */
    private void reconsider(String unitId, String period) {
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

    /** The penilai's KOMPETEN score of a month: below the policy's threshold it is a training need. */
    public void onKompeten(String employeeId, String month, int value) {
        RewardsPolicy policy = policies.forPeriod(month);
        Optional<EmployeeProfile> employee = directory.find(employeeId);
        List<TrainingNeeds.Need> needs = TrainingNeeds.fromKompeten(policy.training(), value);
        String topic = "BERAKHLAK:KOMPETEN";
        Map<String, TrainingNeeds.Need> wanted = needs.stream().collect(Collectors.toMap(TrainingNeeds.Need::topic,
                n -> n));
        settleNeeds(employeeId, employee.map(EmployeeProfile::agencyId).orElse(""), employee.map(
                EmployeeProfile::unitId).orElse(null), month, wanted, Set.of(topic));
    }

    // ---- rewards ------------------------------------------------------------------------------------------------

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
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
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
                continue;
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
            return;
        }
        throw new IllegalStateException("standings of " + unitId + " kept changing under us");
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
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Reward decided = next.apply(store.reward(id));
            if (decided == null || store.saveReward(decided, event(decided))) {
                return;
            }
        }
    }

    // ---- pembinaan ----------------------------------------------------------------------------------------------

    private void coaching(ScoreUpdated score, RewardsPolicy policy) {
        CoachingCase.Trigger trigger = new CoachingCase.Trigger(score.period(), score.predicate(), score.version());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<CoachingCase> open = store.openCaseOf(score.employeeId());
            CoachingCase next;
            if (open.isPresent()) {
                next = open.get().seen(trigger);
            } else if (CoachingCase.belowBaik(score.predicate()) && policy.pembinaan().opensCaseOn(score.period())) {
                // A period of another kind below BAIK (a month, where the year's evaluation decides) is an early
                // warning on the follow-up record, not a case (PP 30/2019 Ps. 56-57).
                Optional<EmployeeProfile> employee = directory.find(score.employeeId());
                if (employee.isEmpty()
                        || store.coachingCase(FollowUpIds.coachingCase(score.employeeId(), score.period())).isPresent()) {
                    return; // unknown employee: no case without knowing who; the period's case was reviewed already
                }
                next = CoachingCase.open(employee.get(), trigger, today(), policy.pembinaan().reviewAfterMonths(),
                        goals(score));
            } else {
                return;
            }
            if (store.saveCase(next, event(next))) {
                return;
            }
        }
        throw new IllegalStateException("coaching case of " + score.employeeId() + " kept changing under us");
    }

    /**
     * The goals a case opens with: {@code RAISE_INDICATOR} [indicator id, capaian, 90] for each indicator below
     * expectations, or {@code AGREE_ON_BEHAVIOUR} [period] when the work met them and the behaviour did not.
     */
    private static List<Because> goals(ScoreUpdated score) {
        List<Because> goals = new ArrayList<>();
        for (ScoreUpdated.IndicatorScore indicator : score.indicators()) {
            if ("BELOW".equals(indicator.band())) {
                goals.add(Because.of("Raise " + indicator.indicatorId() + (indicator.aspect() == null ? "" : " ("
                        + indicator.aspect() + ")") + " from " + indicator.capaian().toPlainString()
                        + " % to at least 90 % capaian", "RAISE_INDICATOR", indicator.indicatorId(),
                        indicator.capaian(), 90));
            }
        }
        if (goals.isEmpty()) {
            goals.add(Because.of("Agree with the penilai on the behaviour expectations (BerAKHLAK) not met in "
                    + score.period(), "AGREE_ON_BEHAVIOUR", score.period()));
        }
        return goals;
    }

    /** The penilai records a coaching session. */
    public CoachingCase recordSession(Caller caller, String caseId, LocalDate date, String notes) {
        return changeCase(caller, caseId, c -> c.withSession(new CoachingCase.Session(date, caller.subject(), notes)));
    }

    /** The penilai adds a goal. */
    public CoachingCase addGoal(Caller caller, String caseId, String goal) {
        return changeCase(caller, caseId, c -> c.withGoal(goal));
    }

    /** The review, by the penilai or the administrator, on or after the review date. */
    public CoachingCase review(Caller caller, String caseId, String note) {
        return changeCase(caller, caseId, c -> c.reviewed(today(), caller.subject(), note));
    }

    public Optional<CoachingCase> coachingCase(Caller caller, String caseId) {
        Optional<CoachingCase> found = store.coachingCase(caseId);
        requirePersonal(caller, found.map(CoachingCase::employeeId), caseId);
        return found;
    }

    public List<CoachingCase> casesOfEmployee(Caller caller, String employeeId) {
        access.requirePersonal(caller, employeeId);
        return store.casesOfEmployee(employeeId);
    }

    /**
     * The coaching cases of the employees a pejabat penilai evaluates: the penilai's own work (sessions to hold,
     * reviews due), read by those who read the penilai's work list.
     */
    public List<CoachingCase> casesOfPenilai(Caller caller, String penilaiId) {
        if (!caller.readsWorkListOf(penilaiId, () -> directory.find(penilaiId).map(EmployeeProfile::agencyId))) {
            throw Refusal.notAllowed("not-your-appraisees", "Whom a penilai coaches is for the penilai, their "
                    + "agency's HR operators and the region's readers.");
        }
        return store.casesOfEmployees(directory.evaluatedBy(penilaiId).stream().map(EmployeeProfile::employeeId)
                .toList());
    }

    /** Who in an agency is under pembinaan is for its HR operators, the administrator and leaders, not colleagues. */
    public List<CoachingCase> casesOfAgency(Caller caller, String agencyId) {
        access.requireAgencyHr(caller, agencyId);
        return store.casesOfAgency(agencyId);
    }

    private CoachingCase changeCase(Caller caller, String caseId,
            java.util.function.UnaryOperator<CoachingCase> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<CoachingCase> found = store.coachingCase(caseId);
            // checked against the employee the id names, case or no case (see FollowUpIds)
            Optional<String> employee = found.map(CoachingCase::employeeId)
                    .or(() -> FollowUpIds.employeeNamedIn(caseId));
            String penilai = employee.flatMap(directory::find).map(EmployeeProfile::penilaiId).orElse(null);
            if (employee.isPresent() && !caller.isAdmin() && !caller.isPenilai(penilai)) {
                throw Refusal.notAllowed("not-the-penilai", "Only the employee's penilai (or the administrator) "
                        + "works on their coaching case.");
            }
            CoachingCase current = found.orElseThrow(() -> Refusal.notFound("coaching-case-not-found",
                    "No coaching case " + caseId + "."));
            CoachingCase next;
            try {
                next = change.apply(current);
            } catch (IllegalStateException refused) {
                throw Refusal.conflict("coaching-case-refused", refused.getMessage() + ".");
            }
            if (store.saveCase(next, event(next))) {
                return next;
            }
        }
        throw Refusal.conflict("coaching-case-busy", "The case changed at the same time; try again.");
    }

    // ---- training -----------------------------------------------------------------------------------------------

    private void trainingNeeds(ScoreUpdated score, RewardsPolicy policy) {
        List<TrainingNeeds.Need> needs = TrainingNeeds.fromIndicators(policy.training(), score.indicators().stream()
                .map(i -> new TrainingNeeds.IndicatorResult(i.indicatorId(), i.aspect(), i.capaian())).toList());
        Map<String, TrainingNeeds.Need> wanted = needs.stream().collect(Collectors.toMap(TrainingNeeds.Need::topic,
                n -> n, (a, b) -> a));
        Set<String> scope = score.indicators().stream().map(i -> "KUALITAS:" + i.indicatorId())
                .collect(Collectors.toSet());
        settleNeeds(score.employeeId(), score.agencyId(), score.unitId(), score.period(), wanted, scope);
    }

    /** Opens the wanted needs not open yet; resolves open needs within {@code scope} no longer wanted. */
    private void settleNeeds(String employeeId, String agencyId, String unitId, String period,
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

    // ---- reading ------------------------------------------------------------------------------------------------

    public List<Reward> rewardsOfEmployee(Caller caller, String employeeId) {
        access.requirePersonal(caller, employeeId);
        return store.rewardsOfEmployee(employeeId);
    }

    public Reward reward(Caller caller, String rewardId) {
        Optional<Reward> found = store.reward(rewardId);
        requirePersonal(caller, found.map(Reward::employeeId), rewardId);
        return found.orElseThrow(() -> Refusal.notFound("reward-not-found", "No reward " + rewardId + "."));
    }

    /** The caller reads the employee of a stored reward or case, or else the one its id names (see FollowUpIds). */
    private void requirePersonal(Caller caller, Optional<String> storedEmployee, String id) {
        storedEmployee.or(() -> FollowUpIds.employeeNamedIn(id)).ifPresent(e -> access.requirePersonal(caller, e));
    }

    public List<Reward> rewardsOfUnit(Caller caller, String unitId, String period) {
        access.requireUnit(caller, unitId);
        return store.rewardsOfUnit(unitId, period);
    }

    public List<TrainingNeed> trainingNeedsOfUnit(Caller caller, String unitId, String period) {
        access.requireUnit(caller, unitId);
        return store.needsOfUnit(unitId, period);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    // ---- events -------------------------------------------------------------------------------------------------

    private OutgoingEvent event(Reward r) {
        return OutgoingEvent.of(EventType.REWARD_CHANGED, "reward:" + r.rewardId() + ":" + r.version(), source,
                r.employeeId(), r.rewardId(), r.decidedAt(), new RewardChanged(r.rewardId(), r.employeeId(),
                        r.agencyId(), r.unitId(), r.kind(), r.status(), r.period(), r.periods(), r.reason(),
                        r.policyVersion(), r.decidedAt(), r.reasonCodes()));
    }

    private OutgoingEvent event(CoachingCase c) {
        Instant now = clock.instant();
        return OutgoingEvent.of(EventType.COACHING_CASE_CHANGED, "coaching:" + c.caseId() + ":" + c.version(), source,
                c.employeeId(), c.caseId(), now, new CoachingCaseChanged(c.caseId(), c.employeeId(), c.agencyId(),
                        c.unitId(), c.status().name(), c.openedFor(), c.openedPredicate(), c.openedOn(), c.reviewDue(),
                        c.goals(), c.sessions().size(), c.latest().predicate(),
                        c.escalation() == null ? null : c.escalation().name(),
                        c.review() == null ? null : c.review().note(), c.version(), now, c.goalCodes()));
    }

    private OutgoingEvent event(TrainingNeed n) {
        return OutgoingEvent.of(EventType.TRAINING_NEED_CHANGED, "training:" + n.needId() + ":" + n.version(), source,
                n.employeeId(), n.needId(), n.changedAt(), new TrainingNeedChanged(n.needId(), n.employeeId(),
                        n.agencyId(), n.unitId(), n.period(), n.topic(), n.reason(), n.status(), n.changedAt()));
    }
}
