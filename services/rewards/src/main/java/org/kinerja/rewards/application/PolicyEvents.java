package org.kinerja.rewards.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.RewardsPolicyPublished;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.rewards.domain.JfLevel;
import org.kinerja.rewards.domain.PositionType;
import org.kinerja.rewards.domain.Predicate;
import org.kinerja.rewards.domain.RewardsPolicy;

/** A policy version as its contract event, and back (the store keeps the event's form). */
public final class PolicyEvents {

    private PolicyEvents() {
    }

    static OutgoingEvent published(RewardsPolicy policy, String by, Instant at, String source) {
        return OutgoingEvent.of(EventType.POLICY_PUBLISHED, "policy:" + policy.regionId() + ":" + policy.version(),
                source, policy.regionId(), policy.regionId() + ":" + policy.version(), at, toEvent(policy, by, at));
    }

    public static RewardsPolicyPublished toEvent(RewardsPolicy p, String by, Instant at) {
        RewardsPolicy.Tpp t = p.tpp();
        RewardsPolicy.Deductions d = t.deductions();
        return new RewardsPolicyPublished(p.regionId(), p.version(), p.effectiveFrom(), p.note(),
                new RewardsPolicyPublished.Tpp(t.ceilings().stream().map(c -> new RewardsPolicyPublished.Ceiling(
                        c.positionType().name(), nameOrNull(c.jfLevel()), c.amount())).toList(), t.defaultCeiling(),
                        t.productivityPercent(), t.disciplinePercent(), t.skpPercent(), t.behaviourPercent(),
                        t.capaianCap(), t.behaviourFloor(), t.behaviourFull(),
                        new RewardsPolicyPublished.Deductions(d.late1To30(), d.late31To60(), d.late61To90(),
                                d.lateOver90OrNoRecord(), d.mondayAssemblyMissed(), d.absentWithoutLeave())),
                new RewardsPolicyPublished.AngkaKredit(byName(p.angkaKredit().coefficients()),
                        byName(p.angkaKredit().multipliers())),
                new RewardsPolicyPublished.Rewards(p.rewards().certificateAfterConsecutiveSangatBaik(),
                        p.rewards().incentiveTopPerUnit(), p.rewards().trigger().name(),
                        p.rewards().minimumCapaian(), p.rewards().requirePatternKept()),
                new RewardsPolicyPublished.Pembinaan(p.pembinaan().reviewAfterMonths(),
                        p.pembinaan().trigger().name()),
                new RewardsPolicyPublished.Training(p.training().kualitasCapaianBelow(),
                        p.training().kompetenScoreBelow()),
                new RewardsPolicyPublished.Calendar(p.calendar().holidays(),
                        p.calendar().unrecordedWorkingDay().name()), by, at);
    }

    public static RewardsPolicy fromEvent(RewardsPolicyPublished e) {
        RewardsPolicyPublished.Tpp t = e.tpp();
        RewardsPolicyPublished.Deductions d = t.deductions();
        return new RewardsPolicy(e.regionId(), e.version(), e.effectiveFrom(), e.note(),
                new RewardsPolicy.Tpp(t.ceilings().stream().map(c -> new RewardsPolicy.Ceiling(
                        PositionType.valueOf(c.positionType()), JfLevel.ofEvent(c.jfLevel()), c.amount())).toList(),
                        t.defaultCeiling(), t.productivityPercent(), t.disciplinePercent(), t.skpPercent(),
                        t.behaviourPercent(), t.capaianCap(),
                        t.behaviourFloor(), t.behaviourFull(), new RewardsPolicy.Deductions(d.late1To30(),
                                d.late31To60(), d.late61To90(), d.lateOver90OrNoRecord(), d.mondayAssemblyMissed(),
                                d.absentWithoutLeave())),
                new RewardsPolicy.AngkaKredit(byEnum(JfLevel.class, e.angkaKredit().coefficients()),
                        byEnum(Predicate.class, e.angkaKredit().multipliers())),
                new RewardsPolicy.Rewards(e.rewards().certificateAfterConsecutiveSangatBaik(),
                        e.rewards().incentiveTopPerUnit(), enumOrNull(RewardsPolicy.Trigger.class,
                                e.rewards().trigger()), e.rewards().minimumCapaian(), e.rewards().requirePatternKept()),
                new RewardsPolicy.Pembinaan(e.pembinaan().reviewAfterMonths(), enumOrNull(RewardsPolicy.Trigger.class,
                        e.pembinaan().trigger())),
                new RewardsPolicy.Training(e.training().kualitasCapaianBelow(), e.training().kompetenScoreBelow()),
                e.calendar() == null ? null : new RewardsPolicy.Calendar(e.calendar().holidays(), enumOrNull(
                        RewardsPolicy.UnrecordedDay.class, e.calendar().unrecordedWorkingDay())));
    }

    private static String nameOrNull(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** The event keeps a map's keys as the enum's names, in the enum's order. */
    private static Map<String, BigDecimal> byName(Map<? extends Enum<?>, BigDecimal> values) {
        Map<String, BigDecimal> named = new LinkedHashMap<>();
        values.entrySet().stream().sorted(Comparator.comparingInt(entry -> entry.getKey().ordinal()))
                .forEach(entry -> named.put(entry.getKey().name(), entry.getValue()));
        return named;
    }

    private static <E extends Enum<E>> Map<E, BigDecimal> byEnum(Class<E> type, Map<String, BigDecimal> named) {
        Map<E, BigDecimal> values = new EnumMap<>(type);
        named.forEach((name, value) -> values.put(Enum.valueOf(type, name), value));
        return values;
    }

    /** Absent (an older version) is null, which the policy's records read as their default. */
    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
