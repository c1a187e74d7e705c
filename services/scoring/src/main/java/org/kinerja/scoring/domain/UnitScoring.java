package org.kinerja.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kinerja.contracts.events.Reason;

/**
 * The unit side of scoring, keyed by unit: each employee contribution replaces that employee's previous one in the
 * running counts (decrement the old predicate, increment the new), each organisation predicate replaces the previous
 * one, and the distribution rule (R3) is checked again on the counts. Work per input is constant.
 */
public final class UnitScoring {

    private final ScoringStore store;
    private final ScoringPolicy policy;
    private final String regionId;

    public UnitScoring(ScoringStore store, ScoringPolicy policy, String regionId) {
        this.store = store;
        this.policy = policy;
        this.regionId = regionId;
    }

    /** The unit's new figures, and whether its distribution violations changed (raised, changed or cleared). */
    public record Outcome(UnitScore score, boolean violationsChanged) {
    }

    public Optional<Outcome> apply(UnitContribution contribution) {
        String memberKey = Keys.member(contribution.unitId(), contribution.period(), contribution.employeeId());
        UnitContribution previous = store.get(memberKey, UnitContribution.class);
        if (previous != null && previous.version() >= contribution.version()) {
            return Optional.empty();
        }
        UnitState state = state(contribution.unitId(), contribution.agencyId(), contribution.period());
        int members = state.members();
        Map<Predicate, Integer> predicates = new EnumMap<>(Predicate.class);
        predicates.putAll(state.predicates());
        BigDecimal capaianSum = state.capaianSum();
        if (previous != null && previous.present()) {
            members--;
            capaianSum = capaianSum.subtract(previous.averageCapaian());
            if (previous.predicate() != null) {
                predicates.merge(previous.predicate(), -1, Integer::sum);
            }
        }
        if (contribution.present()) {
            members++;
            capaianSum = capaianSum.add(contribution.averageCapaian());
            if (contribution.predicate() != null) {
                predicates.merge(contribution.predicate(), 1, Integer::sum);
            }
        }
        predicates.values().removeIf(count -> count == 0);
        store.put(memberKey, contribution);
        long memberVersions = state.memberVersions() - (previous == null ? 0 : previous.version())
                + contribution.version();
        return Optional.of(save(new UnitState(state.unitId(), state.agencyId(), state.period(), members, predicates,
                capaianSum, state.unitPredicate(), state.predicateVersion(), memberVersions, state.violations())));
    }

    public Optional<Outcome> applyPredicate(String unitId, String agencyId, String period,
            DistributionCheck.UnitPredicate predicate, long version) {
        UnitState state = state(unitId, agencyId, period);
        if (version <= state.predicateVersion()) {
            return Optional.empty();
        }
        return Optional.of(save(new UnitState(unitId, state.agencyId(), period, state.members(), state.predicates(),
                state.capaianSum(), predicate, version, state.memberVersions(), state.violations())));
    }

    private Outcome save(UnitState figures) {
        List<Reason> broken = figures.unitPredicate() == null ? List.of()
                : DistributionCheck.broken(figures.unitPredicate(), figures.predicates());
        List<String> violations = broken.stream().map(DistributionCheck::words).toList();
        UnitState state = new UnitState(figures.unitId(), figures.agencyId(), figures.period(), figures.members(),
                figures.predicates(), figures.capaianSum(), figures.unitPredicate(), figures.predicateVersion(),
                figures.memberVersions(), violations);
        store.put(Keys.unit(state.unitId(), state.period()), state);
        BigDecimal average = state.members() == 0 ? BigDecimal.ZERO.setScale(2)
                : state.capaianSum().divide(BigDecimal.valueOf(state.members()), 2, RoundingMode.HALF_UP);
        UnitScore score = new UnitScore(state.unitId(), state.agencyId(), regionId, state.period(), state.version(),
                state.members(), state.predicates(), average, state.unitPredicate(),
                state.unitPredicate() == null ? null : DistributionCheck.headRating(state.unitPredicate()),
                broken, policy.unitFlag().causes(state.members(), average, state.predicates()));
        return new Outcome(score, !violations.equals(figures.violations()));
    }

    private UnitState state(String unitId, String agencyId, String period) {
        UnitState state = store.get(Keys.unit(unitId, period), UnitState.class);
        return state == null ? UnitState.empty(unitId, agencyId, period) : state;
    }
}
